-- ════════════════════════════════════════════════════════════════════════════════════════
-- Machine codes for the field rules people can break from the app. A CHECK or unique violation names
-- its constraint only inside the message text, so the SPA had to search messages for constraint
-- names. A BEFORE trigger per table now checks the same rules first and raises with the rule's code
-- in `detail` (SQLSTATE 23514, or 23505 for a taken username); the constraints stay as the backstop.
--   user_profiles   username_format, username_taken, full_name_too_long, bio_too_long, website_format,
--                   experience_level_invalid, preferences_invalid
--   question_bank   question_length, question_type_invalid, question_category_invalid,
--                   question_difficulty_invalid, time_limit_range, variants_invalid, test_cases_invalid,
--                   criteria_weights_invalid
--   chat_messages   rating_range, feedback_too_long
--   report_shares   share_expiry_range
-- The triggers fire only when a column they check is written (`update of …`) and, on update, check
-- only the values that changed: a stats update of a profile or a bank question runs none of this.
-- Trigger names sort before the tables' other BEFORE triggers, so a bad value is refused before any
-- lock or lookup those take.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── user_profiles ───────────────────────────────────────────────────────────────────────────
-- Whether another profile has this username. Definer: a user's RLS shows only their own profile.
create function private.username_in_use(p_username text, p_profile_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.user_profiles p where p.username = p_username and p.id <> p_profile_id)
$$;
revoke execute on function private.username_in_use(text, uuid) from public;
grant execute on function private.username_in_use(text, uuid) to authenticated, service_role;

create function private.user_profile_rules()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.username is not null and (tg_op = 'INSERT' or new.username is distinct from old.username) then
    if new.username !~ '^[a-z0-9_.-]{3,40}$' then
      raise exception using errcode = '23514', detail = 'username_format',
        message = 'Usernames are 3–40 characters: lowercase letters, numbers, dots, dashes and underscores.';
    end if;
    -- Writers of the same username queue here until the first commits, and each statement of this
    -- function reads a fresh snapshot: the second writer sees the first one's row and gets the code,
    -- not a bare unique violation (the unique index stays as the backstop).
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('user_profiles.username:' || new.username, 0));
    if private.username_in_use(new.username, new.id) then
      raise exception using errcode = '23505', detail = 'username_taken', message = 'That username is already taken.';
    end if;
  end if;
  if (tg_op = 'INSERT' or new.full_name is distinct from old.full_name) and length(new.full_name) > 200 then
    raise exception using errcode = '23514', detail = 'full_name_too_long', message = 'Name must be at most 200 characters.';
  end if;
  if (tg_op = 'INSERT' or new.bio is distinct from old.bio) and length(new.bio) > 2000 then
    raise exception using errcode = '23514', detail = 'bio_too_long', message = 'Bio must be at most 2000 characters.';
  end if;
  if (tg_op = 'INSERT' or new.website is distinct from old.website) and new.website !~* '^https?://' then
    raise exception using errcode = '23514', detail = 'website_format', message = 'Website must start with http:// or https://.';
  end if;
  if (tg_op = 'INSERT' or new.experience_level is distinct from old.experience_level)
     and new.experience_level not in ('junior', 'mid', 'senior') then
    raise exception using errcode = '23514', detail = 'experience_level_invalid', message = 'Choose junior, mid or senior.';
  end if;
  if (tg_op = 'INSERT' or new.preferences is distinct from old.preferences)
     and not private.is_valid_preferences(new.preferences) then
    raise exception using errcode = '23514', detail = 'preferences_invalid', message = 'Those preferences are not valid.';
  end if;
  return new;
end;
$$;
revoke execute on function private.user_profile_rules() from public;
create trigger user_profiles_check_fields
  before insert or update of username, full_name, bio, website, experience_level, preferences on public.user_profiles
  for each row execute function private.user_profile_rules();

-- ── question_bank ───────────────────────────────────────────────────────────────────────────
create function private.question_bank_rules()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_insert boolean := tg_op = 'INSERT';
begin
  if (v_insert or new.question is distinct from old.question) and length(btrim(new.question)) not between 10 and 4000 then
    raise exception using errcode = '23514', detail = 'question_length', message = 'The question must be 10–4000 characters.';
  end if;
  if (v_insert or new.type is distinct from old.type) and new.type not in ('technical', 'behavioral', 'coding', 'system_design') then
    raise exception using errcode = '23514', detail = 'question_type_invalid', message = 'Choose a valid question type.';
  end if;
  if (v_insert or new.category is distinct from old.category)
     and new.category not in ('frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general') then
    raise exception using errcode = '23514', detail = 'question_category_invalid', message = 'Choose a valid category.';
  end if;
  if (v_insert or new.difficulty is distinct from old.difficulty) and new.difficulty not in ('easy', 'medium', 'hard') then
    raise exception using errcode = '23514', detail = 'question_difficulty_invalid', message = 'Choose a valid difficulty.';
  end if;
  if (v_insert or new.time_limit_seconds is distinct from old.time_limit_seconds)
     and new.time_limit_seconds not between 15 and 7200 then
    raise exception using errcode = '23514', detail = 'time_limit_range',
      message = 'The time limit must be between 15 and 7200 seconds.';
  end if;
  if (v_insert or new.variants is distinct from old.variants) and not private.is_valid_variants(new.variants) then
    raise exception using errcode = '23514', detail = 'variants_invalid',
      message = 'Every variant needs question text and a valid difficulty.';
  end if;
  if (v_insert or new.test_cases is distinct from old.test_cases) and not private.is_valid_test_cases(new.test_cases) then
    raise exception using errcode = '23514', detail = 'test_cases_invalid',
      message = 'Every test case needs an input and an expected output.';
  end if;
  if (v_insert or new.evaluation_criteria is distinct from old.evaluation_criteria)
     and not private.is_valid_evaluation_criteria(new.evaluation_criteria) then
    raise exception using errcode = '23514', detail = 'criteria_weights_invalid',
      message = 'Criteria weights must each be 0–100 and add up to exactly 100.';
  end if;
  return new;
end;
$$;
revoke execute on function private.question_bank_rules() from public;
create trigger question_bank_check_fields
  before insert or update of question, type, category, difficulty, time_limit_seconds, variants, test_cases, evaluation_criteria
  on public.question_bank
  for each row execute function private.question_bank_rules();

-- ── chat_messages ───────────────────────────────────────────────────────────────────────────
create function private.chat_message_rules()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (tg_op = 'INSERT' or new.rating is distinct from old.rating) and new.rating not between 1 and 5 then
    raise exception using errcode = '23514', detail = 'rating_range', message = 'Ratings are from 1 to 5.';
  end if;
  if (tg_op = 'INSERT' or new.feedback_comment is distinct from old.feedback_comment) and length(new.feedback_comment) > 2000 then
    raise exception using errcode = '23514', detail = 'feedback_too_long', message = 'Comments must be at most 2000 characters.';
  end if;
  return new;
end;
$$;
revoke execute on function private.chat_message_rules() from public;
create trigger chat_messages_check_fields
  before insert or update of rating, feedback_comment on public.chat_messages
  for each row execute function private.chat_message_rules();

-- ── report_shares ───────────────────────────────────────────────────────────────────────────
create function private.report_share_rules()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.expires_at is not null and (tg_op = 'INSERT' or new.expires_at is distinct from old.expires_at)
     and not (new.expires_at > new.created_at and new.expires_at <= new.created_at + interval '366 days') then
    raise exception using errcode = '23514', detail = 'share_expiry_range',
      message = 'A link must expire in the future and can last at most one year.';
  end if;
  return new;
end;
$$;
revoke execute on function private.report_share_rules() from public;
create trigger report_shares_check_fields
  before insert or update of expires_at, created_at on public.report_shares
  for each row execute function private.report_share_rules();

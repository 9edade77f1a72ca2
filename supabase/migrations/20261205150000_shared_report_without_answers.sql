-- ════════════════════════════════════════════════════════════════════════════════════════
-- A report shared without answers must not carry the answers in another form. Scoring quotes
-- the answer in many places: per-answer and report strengths ("Quantifies the outcome ('…')"),
-- the rubric's evidence, criteria rationales, feedback and notes, the suggested outline, the
-- text of follow-up questions ("You said: "…" — can you put a number on that?"), and an LLM
-- narrative may quote it without quotation marks at all. Without answers, get_shared_report now
-- returns only what it can vouch for: numbers, labels and whitelisted rubric fields, and every
-- free text passes through private.text_without_answers, which drops quoted spans and
-- parenthesised details and hides the text altogether when it still shares a run of words with
-- an answer.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- Lower-cased runs of p_size consecutive words: two texts sharing one share a phrase.
create function private.word_shingles(p_text text, p_size integer default 5)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(distinct array_to_string(w.words[i:i + p_size - 1], ' ')), '{}')
  from (select regexp_split_to_array(btrim(regexp_replace(lower(coalesce(p_text, '')), '[^[:alnum:]]+', ' ', 'g')), ' ') as words) w
  cross join lateral generate_series(1, greatest(cardinality(w.words) - p_size + 1, 0)) as i
  where btrim(coalesce(p_text, '')) <> ''
$$;
revoke execute on function private.word_shingles(text, integer) from public;

-- Everything the answers of one interview say, in the two forms text_without_answers compares.
create function private.answer_fingerprint(p_interview_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    -- an object keyed by shingle: `?|` then finds a shared one without scanning them all
    'shingles', coalesce((
      select jsonb_object_agg(s, true)
      from public.interview_responses r
      cross join lateral unnest(private.word_shingles(concat_ws(' ', r.answer_text, r.transcript, r.code_answer))) as s
      where r.interview_id = p_interview_id), '{}'::jsonb),
    -- short answers have no 5-word run: they are matched whole
    'short_answers', to_jsonb(coalesce((
      select array_agg(distinct a)
      from public.interview_responses r
      cross join lateral (select btrim(regexp_replace(lower(concat_ws(' ', r.answer_text, r.transcript, r.code_answer)), '[^[:alnum:]]+', ' ', 'g')) as a) n
      where r.interview_id = p_interview_id and length(n.a) >= 8 and cardinality(private.word_shingles(n.a)) = 0), '{}'::text[])))
$$;
revoke execute on function private.answer_fingerprint(uuid) from public;

-- A text safe to show without the answers: quoted spans become "…", parenthesised details go,
-- and if what is left still shares a phrase with an answer the whole text is withheld (null).
create function private.text_without_answers(p_text text, p_fingerprint jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_text text := p_text;
  v_norm text;
begin
  if v_text is null then
    return null;
  end if;
  v_text := regexp_replace(v_text, '"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»', '…', 'g');
  -- single quotes only when they open after a space or bracket, so "don't" stays intact
  v_text := regexp_replace(v_text, '(^|[\s(\[:])''[^'']*''(?=$|[\s)\].,;:!?])', '\1…', 'g');
  v_text := regexp_replace(v_text, '\s*\([^()]*\)', '', 'g');
  v_text := btrim(regexp_replace(v_text, '\s+', ' ', 'g'));
  v_norm := btrim(regexp_replace(lower(v_text), '[^[:alnum:]]+', ' ', 'g'));
  if (p_fingerprint -> 'shingles') ?| private.word_shingles(v_text)
     or exists (select 1 from jsonb_array_elements_text(p_fingerprint -> 'short_answers') a
                where strpos(' ' || v_norm || ' ', ' ' || a || ' ') > 0) then
    return null;
  end if;
  return nullif(v_text, '');
end;
$$;
revoke execute on function private.text_without_answers(text, jsonb) from public;

create function private.texts_without_answers(p_texts anyelement, p_fingerprint jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select coalesce(jsonb_agg(t order by n) filter (where t is not null), '[]'::jsonb)
  from jsonb_array_elements_text(case when jsonb_typeof(to_jsonb(p_texts)) = 'array' then to_jsonb(p_texts) else '[]'::jsonb end)
    with ordinality as e(value, n)
  cross join lateral (select private.text_without_answers(e.value, p_fingerprint) as t) x
$$;
revoke execute on function private.texts_without_answers(anyelement, jsonb) from public;

-- The rubric without anything taken from the answer: scores, labels and yes/no findings only.
create function private.rubric_without_answers(p_rubric jsonb, p_fingerprint jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when p_rubric is null or jsonb_typeof(p_rubric) <> 'object' then null else jsonb_strip_nulls(jsonb_build_object(
    'score', p_rubric -> 'score',
    'dimensions', p_rubric -> 'dimensions',
    'validity', p_rubric -> 'validity',
    'engine', p_rubric -> 'engine',
    'version', p_rubric -> 'version',
    'feedback', to_jsonb(private.text_without_answers(p_rubric ->> 'feedback', p_fingerprint)),
    'strengths', private.texts_without_answers(p_rubric -> 'strengths', p_fingerprint),
    'weaknesses', private.texts_without_answers(p_rubric -> 'weaknesses', p_fingerprint),
    'missed_key_points', private.texts_without_answers(p_rubric -> 'missed_key_points', p_fingerprint),
    'suggested_outline', '[]'::jsonb,
    'criteria', case when jsonb_typeof(p_rubric -> 'criteria') = 'array' then (
      select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
        'name', c -> 'name', 'weight', c -> 'weight', 'score', c -> 'score',
        -- rationales list what the answer contained (its numbers, tools, phrases): left out
        'rationale', '')) order by n), '[]'::jsonb)
      from jsonb_array_elements(p_rubric -> 'criteria') with ordinality as k(c, n)) end,
    'key_points', case when jsonb_typeof(p_rubric -> 'key_points') = 'array' then (
      select coalesce(jsonb_agg(jsonb_build_object('point', kp -> 'point', 'covered', kp -> 'covered') order by n), '[]'::jsonb)
      from jsonb_array_elements(p_rubric -> 'key_points') with ordinality as k(kp, n)) end,
    'star', case when jsonb_typeof(p_rubric -> 'star') = 'object' then (
      select jsonb_object_agg(part, jsonb_build_object('found', coalesce(value -> 'found', 'false'::jsonb)))
      from jsonb_each(p_rubric -> 'star') as s(part, value)) end,
    'delivery', case when jsonb_typeof(p_rubric -> 'delivery') = 'object' then jsonb_strip_nulls(jsonb_build_object(
      'words', p_rubric -> 'delivery' -> 'words', 'wpm', p_rubric -> 'delivery' -> 'wpm',
      'filler_count', p_rubric -> 'delivery' -> 'filler_count', 'fillers_per_minute', p_rubric -> 'delivery' -> 'fillers_per_minute',
      'pace', p_rubric -> 'delivery' -> 'pace', 'duration_seconds', p_rubric -> 'delivery' -> 'duration_seconds',
      'time_usage', p_rubric -> 'delivery' -> 'time_usage')) end,
    'coding', case when jsonb_typeof(p_rubric -> 'coding') = 'object' then jsonb_strip_nulls(jsonb_build_object(
      'tests_passed', p_rubric -> 'coding' -> 'tests_passed', 'tests_total', p_rubric -> 'coding' -> 'tests_total',
      'complexity_estimate', p_rubric -> 'coding' -> 'complexity_estimate', 'language', p_rubric -> 'coding' -> 'language',
      'lines', p_rubric -> 'coding' -> 'lines',
      'notes', private.texts_without_answers(p_rubric -> 'coding' -> 'notes', p_fingerprint))) end)) end
$$;
revoke execute on function private.rubric_without_answers(jsonb, jsonb) from public;

-- Report statistics without answers: counts and scores; follow-up texts pass the same filter;
-- the job-description coverage (which of the JD's terms the answers used) is left out.
create function private.statistics_without_answers(p_statistics jsonb, p_fingerprint jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when p_statistics is null or jsonb_typeof(p_statistics) <> 'object' then p_statistics else
    (select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(p_statistics)
     where jsonb_typeof(value) in ('number', 'boolean', 'null')
        or (key in ('engine', 'version') and jsonb_typeof(value) = 'string'))
    || case when jsonb_typeof(p_statistics -> 'questions') = 'array' then jsonb_build_object('questions', (
      select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
        'question_id', q -> 'question_id', 'order_number', q -> 'order_number', 'score', q -> 'score',
        'answer_score', q -> 'answer_score',
        'follow_ups', case when jsonb_typeof(q -> 'follow_ups') = 'array' then (
          select coalesce(jsonb_agg(jsonb_build_object(
            'question_id', f -> 'question_id', 'score', f -> 'score',
            'question_text', private.text_without_answers(f ->> 'question_text', p_fingerprint)) order by m), '[]'::jsonb)
          from jsonb_array_elements(q -> 'follow_ups') with ordinality as ff(f, m)) end)) order by n), '[]'::jsonb)
      from jsonb_array_elements(p_statistics -> 'questions') with ordinality as qq(q, n)))
    else '{}'::jsonb end
  end
$$;
revoke execute on function private.statistics_without_answers(jsonb, jsonb) from public;

-- Same shape as before; without answers every answer-derived field goes through the filters above.
create or replace function public.get_shared_report(p_token text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_share public.report_shares;
  v_session public.interview_sessions;
  v_answers boolean;
  v_fp jsonb;
begin
  if p_token is null or p_token !~ '^[A-Za-z0-9_-]{32}$' then
    return null;
  end if;
  select * into v_share from public.report_shares
  where token = p_token and revoked_at is null and (expires_at is null or expires_at > now());
  if not found then
    return null;
  end if;
  select s.* into v_session from public.interview_sessions s
  join public.user_profiles p on p.id = s.user_id and p.status = 'active'
  where s.id = v_share.interview_id and s.status = 'completed';
  if not found then
    return null;
  end if;
  v_answers := v_share.include_answers;
  if not v_answers then
    v_fp := private.answer_fingerprint(v_session.id);
  end if;

  begin
    update public.report_shares set view_count = view_count + 1, last_viewed_at = now() where id = v_share.id;
  exception when read_only_sql_transaction then
    null; -- called with GET (PostgREST runs it read-only): the report is still returned, the view is not counted
  end;

  return jsonb_build_object(
    'include_answers', v_answers,
    'expires_at', v_share.expires_at,
    'session', jsonb_build_object(
      'id', v_session.id, 'session_id', v_session.session_id, 'title', v_session.title,
      'job_role', v_session.job_role, 'custom_role', v_session.custom_role, 'company', v_session.company,
      'interview_type', v_session.interview_type, 'difficulty', v_session.difficulty, 'tech_stack', v_session.tech_stack,
      'interaction_mode', v_session.interaction_mode, 'status', v_session.status,
      'total_questions', v_session.total_questions, 'questions_answered', v_session.questions_answered,
      'resume_filename', null, 'job_description_filename', null,
      'duration_seconds', v_session.duration_seconds, 'score', v_session.score,
      'started_at', v_session.started_at, 'completed_at', v_session.completed_at, 'created_at', v_session.created_at),
    'report', (
      select jsonb_build_object(
        'summary', case when v_answers then r.summary else private.text_without_answers(r.summary, v_fp) end,
        'strengths', case when v_answers then to_jsonb(r.strengths) else private.texts_without_answers(r.strengths, v_fp) end,
        'weaknesses', case when v_answers then to_jsonb(r.weaknesses) else private.texts_without_answers(r.weaknesses, v_fp) end,
        'recommendations', case when v_answers then to_jsonb(r.recommendations)
          else private.texts_without_answers(r.recommendations, v_fp) end,
        'overall_score', r.overall_score, 'communication_score', r.communication_score, 'technical_score', r.technical_score,
        'behavioral_score', r.behavioral_score, 'skill_scores', r.skill_scores,
        'statistics', case when v_answers then r.statistics else private.statistics_without_answers(r.statistics, v_fp) end,
        'average_response_time_seconds', r.average_response_time_seconds, 'consistency', r.consistency,
        'confidence', r.confidence, 'generated_at', r.generated_at)
      from public.interview_reports r
      where r.interview_id = v_session.id
      order by r.generated_at desc
      limit 1),
    'questions', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', q.id, 'order_number', q.order_number,
        -- a follow-up's text is written from the answer it follows
        'question_text', case when v_answers or not q.is_follow_up then q.question_text
          else coalesce(private.text_without_answers(q.question_text, v_fp), 'Follow-up question') end,
        'question_type', q.question_type,
        'difficulty', q.difficulty, 'skill_category', q.skill_category, 'skills', q.skills,
        'time_limit_seconds', q.time_limit_seconds, 'is_follow_up', q.is_follow_up, 'parent_question_id', q.parent_question_id,
        'starter_code', null, 'function_name', q.function_name, 'test_cases', '[]'::jsonb, 'bank_question_id', null)
        order by q.order_number)
      from public.interview_questions q
      where q.interview_id = v_session.id), '[]'::jsonb),
    'responses', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', r.id, 'question_id', r.question_id,
        'answer_text', case when v_answers then r.answer_text end,
        'code_answer', case when v_answers then r.code_answer end,
        'transcript', case when v_answers then r.transcript end,
        'speaking_duration_seconds', r.speaking_duration_seconds, 'time_taken_seconds', r.time_taken_seconds,
        'client_test_results', null, 'submitted_at', r.submitted_at, 'score', r.score,
        'ai_feedback', case when v_answers then r.ai_feedback else private.text_without_answers(r.ai_feedback, v_fp) end,
        'strengths', case when v_answers then to_jsonb(r.strengths) else private.texts_without_answers(r.strengths, v_fp) end,
        'weaknesses', case when v_answers then to_jsonb(r.weaknesses) else private.texts_without_answers(r.weaknesses, v_fp) end,
        'missed_key_points', case when v_answers then to_jsonb(r.missed_key_points)
          else private.texts_without_answers(r.missed_key_points, v_fp) end,
        'improved_answer', case when v_answers then r.improved_answer end,
        'rubric', case when v_answers then r.rubric else private.rubric_without_answers(r.rubric, v_fp) end,
        'evaluated_at', r.evaluated_at))
      from public.interview_responses r
      where r.interview_id = v_session.id), '[]'::jsonb),
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
        'skill_score', g.skill_score,
        'recommendation', case when v_answers then g.recommendation else private.text_without_answers(g.recommendation, v_fp) end,
        'skill_gap_resources', coalesce((
          select jsonb_agg(jsonb_build_object(
            'priority', sgr.priority,
            'learning_resources', jsonb_build_object('title', lr.title, 'url', lr.url, 'resource_type', lr.resource_type, 'description', lr.description))
            order by sgr.priority)
          from public.skill_gap_resources sgr
          join public.learning_resources lr on lr.id = sgr.resource_id
          where sgr.skill_gap_id = g.id), '[]'::jsonb))
        order by g.gap_score desc)
      from public.skill_gaps g
      where g.interview_id = v_session.id), '[]'::jsonb));
end;
$$;

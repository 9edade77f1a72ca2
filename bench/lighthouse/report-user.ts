// A user with one finished interview for the Lighthouse benches, made through the product's own API.
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';

export const PASSWORD = 'Lighthouse42!';

/** A user with one finished interview, made through the product's own API (RPC + functions). */
export async function userWithReport(apiUrl: string, anonKey: string, emailPrefix = 'lighthouse') {
  const client = createClient(apiUrl, anonKey, {
    realtime: { transport: ws as unknown as typeof WebSocket }, // Node 20 has no global WebSocket
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const email = `${emailPrefix}-${Date.now()}@example.com`;
  const signUp = await client.auth.signUp({ email, password: PASSWORD, options: { data: { full_name: 'Lee Hightower' } } });
  if (signUp.error) throw signUp.error;
  const created = await client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'behavioral',
    p_difficulty: 'medium',
    p_tech_stack: ['React'],
    p_interaction_mode: 'text',
    p_total_questions: 3,
  });
  if (created.error) throw created.error;
  const interview = created.data as { id: string; session_id: string };
  const generated = await client.functions.invoke('generate-questions', { body: { session_id: interview.id } });
  if (generated.error) throw generated.error;
  const questions = await client.from('interview_questions').select('id').eq('interview_id', interview.id).order('order_number');
  if (questions.error) throw questions.error;
  for (const question of questions.data) {
    const submitted = await client
      .rpc('submit_response', {
        p_question_id: question.id,
        p_answer_text:
          'In my last role our checkout page was slow (situation). I owned fixing it before the holiday sale (task). ' +
          'I profiled it, split the bundle and cached the pricing call (action). Load time fell from 4.1 s to 1.6 s and ' +
          'conversion rose 8 % (result). I learned to measure before changing anything.',
      })
      .select('id')
      .single();
    if (submitted.error) throw submitted.error;
    const responseId = (submitted.data as { id: string }).id;
    const scored = await client.functions.invoke('score-answer', { body: { response_id: responseId } });
    if (scored.error) throw scored.error;
  }
  const completed = await client.functions.invoke('complete-interview', { body: { session_id: interview.id } });
  if (completed.error) throw completed.error;
  return { client, email, interviewId: interview.id };
}

/** Shown instead of the app when the build/dev server is missing required VITE_* variables. */
export function EnvErrorScreen({ issues }: { issues: string[] }) {
  return (
    <main className="env-error" id="main">
      <div className="card env-error__card" role="alert">
        <h1>InterviewAI isn&apos;t configured yet</h1>
        <p>The app can&apos;t start because its environment configuration is missing or invalid:</p>
        <ul className="env-error__issues">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
        <p>
          For local development run <code>npm run dev</code>: it starts the local Supabase stack and passes its URL and anon key to Vite. To
          use a hosted project instead, put the variables in <code>.env.local</code> (see <code>.env.example</code>) and restart the dev
          server:
        </p>
        <pre className="code-block">
          <code>{'VITE_SUPABASE_URL=https://<project-ref>.supabase.co\nVITE_SUPABASE_ANON_KEY=<anon key>'}</code>
        </pre>
      </div>
    </main>
  );
}

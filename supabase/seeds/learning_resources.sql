-- Learning resources, 3-5 per skill used by the question bank.
-- GENERATED FILE: edit scripts/seed-content/ and run
--   npx tsx scripts/seed-content/generate.ts
-- Applied by the Supabase CLI after all migrations (db reset / db push --include-seed).

-- JavaScript
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('JavaScript', 'documentation', 'MDN JavaScript Guide', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide', 'The canonical guide to the language: types, functions, closures, promises and modules.', 1),
  ('JavaScript', 'course', 'The Modern JavaScript Tutorial', 'https://javascript.info/', 'In-depth free tutorial covering the language, the event loop, async/await and browser APIs.', 1),
  ('JavaScript', 'book', 'Eloquent JavaScript', 'https://eloquentjavascript.net/', 'Free online book with exercises, from fundamentals to asynchronous programming and Node.js.', 2),
  ('JavaScript', 'book', 'You Don''t Know JS Yet', 'https://github.com/getify/You-Dont-Know-JS', 'Free book series that digs into scope, closures, this, prototypes and types.', 2),
  ('JavaScript', 'practice', 'Exercism JavaScript track', 'https://exercism.org/tracks/javascript', 'Hundreds of exercises with automated tests and optional human mentoring.', 3)
on conflict do nothing;

-- TypeScript
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('TypeScript', 'documentation', 'The TypeScript Handbook', 'https://www.typescriptlang.org/docs/handbook/intro.html', 'Official handbook: everyday types, narrowing, generics and type manipulation.', 1),
  ('TypeScript', 'book', 'TypeScript Deep Dive', 'https://basarat.gitbook.io/typescript/', 'Free book explaining the type system and practical patterns in depth.', 2),
  ('TypeScript', 'practice', 'Type Challenges', 'https://github.com/type-challenges/type-challenges', 'Graded type-level puzzles for mastering generics, conditional and mapped types.', 3),
  ('TypeScript', 'practice', 'Exercism TypeScript track', 'https://exercism.org/tracks/typescript', 'Practice exercises with tests to build fluency in typed code.', 4)
on conflict do nothing;

-- React
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('React', 'documentation', 'React: Learn', 'https://react.dev/learn', 'Official tutorial covering components, state, effects and thinking in React.', 1),
  ('React', 'documentation', 'React API Reference', 'https://react.dev/reference/react', 'Reference for hooks, components and APIs such as useEffect, useMemo and Suspense.', 2),
  ('React', 'article', 'You Might Not Need an Effect', 'https://react.dev/learn/you-might-not-need-an-effect', 'Official guide to removing unnecessary effects and deriving state during render.', 2),
  ('React', 'article', 'A Complete Guide to useEffect', 'https://overreacted.io/a-complete-guide-to-useeffect/', 'Dan Abramov on effects, dependencies and stale closures.', 3)
on conflict do nothing;

-- HTML
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('HTML', 'course', 'Learn HTML (web.dev)', 'https://web.dev/learn/html', 'Free course on semantic HTML, forms, metadata and accessibility foundations.', 1),
  ('HTML', 'documentation', 'MDN HTML reference', 'https://developer.mozilla.org/en-US/docs/Web/HTML', 'Reference for elements, attributes and semantic markup.', 1),
  ('HTML', 'documentation', 'HTML Living Standard', 'https://html.spec.whatwg.org/multipage/', 'The authoritative HTML specification maintained by WHATWG.', 4)
on conflict do nothing;

-- CSS
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('CSS', 'course', 'Learn CSS (web.dev)', 'https://web.dev/learn/css', 'Free course on the box model, cascade, flexbox, grid and more.', 1),
  ('CSS', 'documentation', 'MDN CSS reference', 'https://developer.mozilla.org/en-US/docs/Web/CSS', 'Reference and guides for the cascade, specificity, layout and selectors.', 1),
  ('CSS', 'article', 'CSS-Tricks: A Complete Guide to CSS Grid', 'https://css-tricks.com/snippets/css/complete-guide-grid/', 'Visual reference for grid templates, areas and alignment.', 2),
  ('CSS', 'article', 'CSS-Tricks: A Complete Guide to Flexbox', 'https://css-tricks.com/snippets/css/a-guide-to-flexbox/', 'Visual reference for every flexbox property.', 2),
  ('CSS', 'practice', 'Flexbox Froggy', 'https://flexboxfroggy.com/', 'A game for practising flexbox alignment properties.', 4)
on conflict do nothing;

-- Accessibility
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Accessibility', 'documentation', 'ARIA Authoring Practices Guide', 'https://www.w3.org/WAI/ARIA/apg/', 'Patterns for accessible widgets such as dialogs, comboboxes and tabs.', 1),
  ('Accessibility', 'documentation', 'WCAG Overview (W3C WAI)', 'https://www.w3.org/WAI/standards-guidelines/wcag/', 'The Web Content Accessibility Guidelines and how to apply them.', 1),
  ('Accessibility', 'course', 'Learn Accessibility (web.dev)', 'https://web.dev/learn/accessibility', 'Free course on focus, semantics, ARIA, contrast and testing.', 2),
  ('Accessibility', 'documentation', 'MDN Accessibility', 'https://developer.mozilla.org/en-US/docs/Web/Accessibility', 'Guides and references for building accessible web content.', 2),
  ('Accessibility', 'practice', 'The A11Y Project Checklist', 'https://www.a11yproject.com/checklist/', 'A practical WCAG-based checklist to audit your own pages.', 3)
on conflict do nothing;

-- Web Performance
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Web Performance', 'course', 'Learn Performance (web.dev)', 'https://web.dev/learn/performance', 'Free course on resource loading, images, fonts and JavaScript performance.', 1),
  ('Web Performance', 'article', 'Web Vitals', 'https://web.dev/articles/vitals', 'Definitions and thresholds for LCP, INP and CLS and how to measure them.', 1),
  ('Web Performance', 'article', 'Optimize Largest Contentful Paint', 'https://web.dev/articles/optimize-lcp', 'Step-by-step breakdown of LCP sub-parts and fixes.', 2),
  ('Web Performance', 'documentation', 'Lighthouse overview', 'https://developer.chrome.com/docs/lighthouse/overview', 'How to run Lighthouse audits and interpret the results.', 3),
  ('Web Performance', 'documentation', 'MDN Web Performance', 'https://developer.mozilla.org/en-US/docs/Web/Performance', 'Guides on the critical rendering path, performance APIs and budgets.', 3)
on conflict do nothing;

-- Node.js
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Node.js', 'documentation', 'Node.js Learn', 'https://nodejs.org/en/learn', 'Official guides covering asynchronous work, the event loop, modules and diagnostics.', 1),
  ('Node.js', 'article', 'Backpressuring in Streams', 'https://nodejs.org/en/learn/modules/backpressuring-in-streams', 'Official guide to stream backpressure and pipeline best practices.', 2),
  ('Node.js', 'documentation', 'Node.js API documentation', 'https://nodejs.org/api/', 'Reference for core modules such as stream, fs, http and worker_threads.', 2),
  ('Node.js', 'article', 'Node.js Best Practices', 'https://github.com/goldbergyoni/nodebestpractices', 'Community-curated best practices for structure, errors, security and production.', 3)
on conflict do nothing;

-- REST APIs
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('REST APIs', 'documentation', 'MDN HTTP request methods', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Methods', 'Semantics of GET, POST, PUT, PATCH and DELETE, including safety and idempotency.', 1),
  ('REST APIs', 'documentation', 'MDN HTTP response status codes', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status', 'Meaning of every HTTP status code with examples.', 1),
  ('REST APIs', 'documentation', 'Google Cloud API Design Guide', 'https://cloud.google.com/apis/design', 'Resource-oriented API design, naming, errors and versioning.', 2),
  ('REST APIs', 'article', 'Microsoft REST API Guidelines', 'https://github.com/microsoft/api-guidelines', 'Widely referenced guidelines for consistent, evolvable REST APIs.', 3),
  ('REST APIs', 'documentation', 'RFC 9110: HTTP Semantics', 'https://www.rfc-editor.org/rfc/rfc9110', 'The HTTP specification for methods, status codes and headers.', 4)
on conflict do nothing;

-- GraphQL
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('GraphQL', 'documentation', 'Learn GraphQL', 'https://graphql.org/learn/', 'Official introduction to schemas, queries, mutations and best practices.', 1),
  ('GraphQL', 'course', 'How to GraphQL', 'https://www.howtographql.com/', 'Free full-stack GraphQL tutorials for clients and servers.', 2),
  ('GraphQL', 'documentation', 'GraphQL Specification', 'https://spec.graphql.org/', 'The formal GraphQL language and execution specification.', 4)
on conflict do nothing;

-- SQL
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('SQL', 'documentation', 'PostgreSQL Tutorial: The SQL Language', 'https://www.postgresql.org/docs/current/tutorial-sql.html', 'Official introduction to tables, queries, joins and aggregates.', 1),
  ('SQL', 'practice', 'SQLBolt', 'https://sqlbolt.com/', 'Interactive lessons and exercises from SELECT basics to joins and aggregates.', 1),
  ('SQL', 'practice', 'LeetCode Top SQL 50', 'https://leetcode.com/studyplan/top-sql-50/', 'Interview-style SQL problems covering joins, window functions and aggregation.', 2),
  ('SQL', 'book', 'Use The Index, Luke!', 'https://use-the-index-luke.com/', 'Free book on SQL indexing and query performance for developers.', 2),
  ('SQL', 'practice', 'HackerRank SQL', 'https://www.hackerrank.com/domains/sql', 'Graded SQL challenges from basic selects to advanced queries.', 3)
on conflict do nothing;

-- PostgreSQL
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('PostgreSQL', 'documentation', 'PostgreSQL Documentation', 'https://www.postgresql.org/docs/current/', 'The complete official manual.', 1),
  ('PostgreSQL', 'documentation', 'Using EXPLAIN', 'https://www.postgresql.org/docs/current/using-explain.html', 'How to read query plans and EXPLAIN ANALYZE output.', 1),
  ('PostgreSQL', 'documentation', 'PostgreSQL Indexes', 'https://www.postgresql.org/docs/current/indexes.html', 'Index types, multicolumn, partial and expression indexes.', 2),
  ('PostgreSQL', 'documentation', 'Transaction Isolation', 'https://www.postgresql.org/docs/current/transaction-iso.html', 'Isolation levels, MVCC behaviour and serialization failures in PostgreSQL.', 2)
on conflict do nothing;

-- Databases
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Databases', 'book', 'Use The Index, Luke!', 'https://use-the-index-luke.com/', 'How B-tree indexes work and how to write index-friendly queries.', 1),
  ('Databases', 'documentation', 'PostgreSQL: Concurrency Control (MVCC)', 'https://www.postgresql.org/docs/current/mvcc.html', 'How a production database implements transactions, locking and isolation.', 2),
  ('Databases', 'article', 'Evolutionary Database Design', 'https://martinfowler.com/articles/evodb.html', 'Martin Fowler and Pramod Sadalage on safe, incremental schema migrations.', 3),
  ('Databases', 'article', 'Jepsen: Consistency Models', 'https://jepsen.io/consistency', 'A clear map of consistency and isolation models and their guarantees.', 3)
on conflict do nothing;

-- Caching
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Caching', 'documentation', 'MDN HTTP caching', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching', 'Cache-Control, validation, freshness and shared caches explained.', 1),
  ('Caching', 'article', 'Caching best practices (AWS)', 'https://aws.amazon.com/caching/best-practices/', 'Lazy loading, write-through, TTLs and the thundering herd problem.', 2),
  ('Caching', 'documentation', 'Redis documentation', 'https://redis.io/docs/latest/', 'Data structures, expiry, persistence and patterns for Redis.', 2),
  ('Caching', 'article', 'System Design Primer: Cache', 'https://github.com/donnemartin/system-design-primer#cache', 'Cache placement and update strategies in system design interviews.', 3)
on conflict do nothing;

-- Distributed Systems
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Distributed Systems', 'article', 'Patterns of Distributed Systems', 'https://martinfowler.com/articles/patterns-of-distributed-systems/', 'Catalogue of patterns such as write-ahead log, leader and followers, and quorum.', 1),
  ('Distributed Systems', 'article', 'Eventually Consistent', 'https://www.allthingsdistributed.com/2008/12/eventually_consistent.html', 'Werner Vogels'' classic article on consistency trade-offs at scale.', 2),
  ('Distributed Systems', 'article', 'The Raft Consensus Algorithm', 'https://raft.github.io/', 'Visualisation, paper and resources for understanding consensus.', 2),
  ('Distributed Systems', 'article', 'Jepsen: Consistency Models', 'https://jepsen.io/consistency', 'Reference for linearizability, serializability and weaker models.', 3)
on conflict do nothing;

-- System Design
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('System Design', 'book', 'The System Design Primer', 'https://github.com/donnemartin/system-design-primer', 'The most popular free guide to scalability concepts and interview practice.', 1),
  ('System Design', 'course', 'System Design (Karan Pratap Singh)', 'https://github.com/karanpratapsingh/system-design', 'Free course covering fundamentals and worked design examples.', 2),
  ('System Design', 'documentation', 'AWS Well-Architected Framework', 'https://aws.amazon.com/architecture/well-architected/', 'Pillars and best practices for reliable, efficient cloud architectures.', 3),
  ('System Design', 'book', 'Site Reliability Engineering (Google)', 'https://sre.google/sre-book/table-of-contents/', 'Free book on running large-scale production systems reliably.', 3)
on conflict do nothing;

-- Algorithms
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Algorithms', 'practice', 'LeetCode Problemset', 'https://leetcode.com/problemset/', 'The standard collection of coding interview problems.', 1),
  ('Algorithms', 'practice', 'NeetCode Roadmap', 'https://neetcode.io/roadmap', 'A structured path through the core interview problem patterns.', 1),
  ('Algorithms', 'course', 'MIT 6.006 Introduction to Algorithms', 'https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/', 'Free MIT course with lectures, notes and problem sets.', 2),
  ('Algorithms', 'article', 'Algorithms for Competitive Programming', 'https://cp-algorithms.com/', 'Detailed explanations of graph, string and dynamic programming algorithms.', 3)
on conflict do nothing;

-- Data Structures
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Data Structures', 'practice', 'VisuAlgo', 'https://visualgo.net/en', 'Animated visualisations of data structures and algorithms.', 1),
  ('Data Structures', 'article', 'Big-O Cheat Sheet', 'https://www.bigocheatsheet.com/', 'Time and space complexity of common data structure operations.', 2),
  ('Data Structures', 'practice', 'HackerRank Data Structures', 'https://www.hackerrank.com/domains/data-structures', 'Practice problems on arrays, stacks, trees, heaps and more.', 2),
  ('Data Structures', 'book', 'Open Data Structures', 'https://opendatastructures.org/', 'Free textbook with implementations and analysis.', 3)
on conflict do nothing;

-- Python
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Python', 'documentation', 'The Python Tutorial', 'https://docs.python.org/3/tutorial/', 'Official tutorial covering the language from basics to classes and modules.', 1),
  ('Python', 'practice', 'Exercism Python track', 'https://exercism.org/tracks/python', 'Exercises with tests and mentoring to build fluency.', 2),
  ('Python', 'documentation', 'The Python Standard Library', 'https://docs.python.org/3/library/', 'Reference for built-in modules such as collections, itertools and datetime.', 2),
  ('Python', 'book', 'Python Data Science Handbook', 'https://jakevdp.github.io/PythonDataScienceHandbook/', 'Free book on NumPy, pandas, Matplotlib and scikit-learn.', 3)
on conflict do nothing;

-- Machine Learning
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Machine Learning', 'course', 'Google Machine Learning Crash Course', 'https://developers.google.com/machine-learning/crash-course', 'Free practical course on core ML concepts.', 1),
  ('Machine Learning', 'documentation', 'scikit-learn User Guide', 'https://scikit-learn.org/stable/user_guide.html', 'Models, preprocessing, pipelines and model evaluation with clear explanations.', 1),
  ('Machine Learning', 'book', 'An Introduction to Statistical Learning', 'https://www.statlearning.com/', 'Free textbook on regression, classification, resampling and tree methods.', 2),
  ('Machine Learning', 'article', 'Rules of Machine Learning', 'https://developers.google.com/machine-learning/guides/rules-of-ml', 'Google''s best practices for building ML systems in production.', 2),
  ('Machine Learning', 'course', 'Practical Deep Learning for Coders (fast.ai)', 'https://course.fast.ai/', 'Free hands-on deep learning course.', 4)
on conflict do nothing;

-- Statistics
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Statistics', 'course', 'Khan Academy: Statistics and Probability', 'https://www.khanacademy.org/math/statistics-probability', 'Free course from descriptive statistics to hypothesis testing.', 1),
  ('Statistics', 'book', 'OpenIntro Statistics', 'https://www.openintro.org/book/os/', 'Free introductory statistics textbook with exercises.', 1),
  ('Statistics', 'article', 'How Not To Run an A/B Test', 'https://www.evanmiller.org/how-not-to-run-an-ab-test.html', 'Why peeking at significance inflates false positives.', 2),
  ('Statistics', 'practice', 'Sample Size Calculator (Evan Miller)', 'https://www.evanmiller.org/ab-testing/sample-size.html', 'Interactive calculator to build intuition for power and minimum detectable effect.', 3),
  ('Statistics', 'article', 'Seeing Theory', 'https://seeing-theory.brown.edu/', 'Interactive visual introduction to probability and statistics.', 3)
on conflict do nothing;

-- Data Modeling
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Data Modeling', 'documentation', 'dbt: How we structure our dbt projects', 'https://docs.getdbt.com/best-practices/how-we-structure/1-guide-overview', 'Staging, intermediate and mart layers for analytics models.', 1),
  ('Data Modeling', 'article', 'Slowly changing dimension (Wikipedia)', 'https://en.wikipedia.org/wiki/Slowly_changing_dimension', 'SCD types 0 to 6 with examples.', 2),
  ('Data Modeling', 'article', 'Star schema (Wikipedia)', 'https://en.wikipedia.org/wiki/Star_schema', 'Overview of fact and dimension tables in dimensional modeling.', 2),
  ('Data Modeling', 'documentation', 'PostgreSQL: Data Definition', 'https://www.postgresql.org/docs/current/ddl.html', 'Tables, constraints, keys and partitioning in a relational database.', 3)
on conflict do nothing;

-- Data Pipelines
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Data Pipelines', 'documentation', 'Apache Airflow: DAGs', 'https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/dags.html', 'Core orchestration concepts: DAGs, scheduling, data intervals and backfills.', 1),
  ('Data Pipelines', 'article', 'Streaming 101: The world beyond batch', 'https://www.oreilly.com/radar/the-world-beyond-batch-streaming-101/', 'Tyler Akidau on event time, watermarks and windowing.', 1),
  ('Data Pipelines', 'documentation', 'Apache Kafka documentation', 'https://kafka.apache.org/documentation/', 'Design, semantics (including exactly-once) and operations of Kafka.', 2),
  ('Data Pipelines', 'course', 'Data Engineering Zoomcamp', 'https://github.com/DataTalksClub/data-engineering-zoomcamp', 'Free course covering ingestion, orchestration, warehouses, batch and streaming.', 2),
  ('Data Pipelines', 'documentation', 'Apache Spark documentation', 'https://spark.apache.org/docs/latest/', 'Spark SQL, Structured Streaming and performance tuning guides.', 3)
on conflict do nothing;

-- Docker
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Docker', 'documentation', 'Docker: Get started', 'https://docs.docker.com/get-started/', 'Official introduction to images, containers and Compose.', 1),
  ('Docker', 'documentation', 'Dockerfile best practices', 'https://docs.docker.com/build/building/best-practices/', 'Official guidance on base images, layer caching, multi-stage builds and users.', 1),
  ('Docker', 'documentation', 'Multi-stage builds', 'https://docs.docker.com/build/building/multi-stage/', 'How to keep build tooling out of runtime images.', 2),
  ('Docker', 'documentation', 'Dockerfile reference', 'https://docs.docker.com/reference/dockerfile/', 'Every Dockerfile instruction explained.', 3)
on conflict do nothing;

-- Kubernetes
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Kubernetes', 'documentation', 'Kubernetes Concepts', 'https://kubernetes.io/docs/concepts/', 'Official explanation of Pods, workloads, services, storage and configuration.', 1),
  ('Kubernetes', 'course', 'Learn Kubernetes Basics', 'https://kubernetes.io/docs/tutorials/kubernetes-basics/', 'Official interactive tutorial: deploy, expose, scale and update an app.', 1),
  ('Kubernetes', 'documentation', 'Configure Liveness, Readiness and Startup Probes', 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/', 'How probes work and how to configure them.', 2),
  ('Kubernetes', 'documentation', 'Resource Management for Pods and Containers', 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'Requests, limits, QoS and how the scheduler uses them.', 2),
  ('Kubernetes', 'practice', 'Kubernetes The Hard Way', 'https://github.com/kelseyhightower/kubernetes-the-hard-way', 'Bootstrap a cluster by hand to understand every component.', 4)
on conflict do nothing;

-- CI/CD
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('CI/CD', 'article', 'Continuous Integration (Martin Fowler)', 'https://martinfowler.com/articles/continuousIntegration.html', 'The definitive article on CI practices and why they work.', 1),
  ('CI/CD', 'article', 'Continuous Delivery (Martin Fowler)', 'https://martinfowler.com/bliki/ContinuousDelivery.html', 'What continuous delivery means and how it differs from continuous deployment.', 2),
  ('CI/CD', 'documentation', 'GitHub Actions documentation', 'https://docs.github.com/en/actions', 'Workflows, caching, environments and deployment with GitHub Actions.', 2),
  ('CI/CD', 'article', 'Canary Release (Martin Fowler)', 'https://martinfowler.com/bliki/CanaryRelease.html', 'How canary releases reduce the risk of deployments.', 3),
  ('CI/CD', 'article', 'DORA research', 'https://dora.dev/', 'Research on software delivery performance and the four key metrics.', 3)
on conflict do nothing;

-- Cloud
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Cloud', 'documentation', 'AWS Well-Architected Framework', 'https://aws.amazon.com/architecture/well-architected/', 'Best practices across reliability, security, cost and performance.', 1),
  ('Cloud', 'article', 'The Twelve-Factor App', 'https://12factor.net/', 'Principles for building portable, scalable cloud-native services.', 1),
  ('Cloud', 'documentation', 'Google Cloud Architecture Center', 'https://cloud.google.com/architecture', 'Reference architectures and design guidance.', 2),
  ('Cloud', 'practice', 'HashiCorp Terraform tutorials', 'https://developer.hashicorp.com/terraform/tutorials', 'Hands-on infrastructure-as-code tutorials for major clouds.', 3)
on conflict do nothing;

-- Security
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Security', 'documentation', 'OWASP Cheat Sheet Series', 'https://cheatsheetseries.owasp.org/', 'Concise, practical guidance on authentication, XSS, CSRF, injection and more.', 1),
  ('Security', 'documentation', 'OWASP Top 10', 'https://owasp.org/www-project-top-ten/', 'The most critical web application security risks and how to prevent them.', 1),
  ('Security', 'documentation', 'MDN Web Security', 'https://developer.mozilla.org/en-US/docs/Web/Security', 'Browser security concepts: same-origin policy, CSP, CORS and cookies.', 2),
  ('Security', 'course', 'PortSwigger Web Security Academy', 'https://portswigger.net/web-security', 'Free interactive labs for learning and exploiting web vulnerabilities.', 2),
  ('Security', 'documentation', 'OWASP Mobile Application Security (MASVS)', 'https://mas.owasp.org/', 'Security verification standard and testing guide for mobile apps.', 3)
on conflict do nothing;

-- Testing
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Testing', 'article', 'The Practical Test Pyramid', 'https://martinfowler.com/articles/practical-test-pyramid.html', 'How to balance unit, integration and end-to-end tests with examples.', 1),
  ('Testing', 'documentation', 'Playwright documentation', 'https://playwright.dev/docs/intro', 'Reliable end-to-end testing with auto-waiting and web-first assertions.', 2),
  ('Testing', 'documentation', 'Testing Library', 'https://testing-library.com/docs/', 'Testing UI components the way users interact with them.', 2),
  ('Testing', 'article', 'Eradicating Non-Determinism in Tests', 'https://martinfowler.com/articles/nonDeterminism.html', 'Causes of flaky tests and how to fix them.', 3)
on conflict do nothing;

-- Networking
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Networking', 'book', 'High Performance Browser Networking', 'https://hpbn.co/', 'Free book on TCP, TLS, HTTP/2, WebSockets and mobile networks.', 1),
  ('Networking', 'documentation', 'MDN: An overview of HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview', 'How HTTP works, connections, messages and caching.', 1),
  ('Networking', 'article', 'Cloudflare Learning Center: What is DNS?', 'https://www.cloudflare.com/learning/dns/what-is-dns/', 'Clear explanation of DNS resolution and record types.', 2),
  ('Networking', 'article', 'What happens when...', 'https://github.com/alex/what-happens-when', 'A detailed walk-through of typing a URL into the browser and pressing Enter.', 2),
  ('Networking', 'book', 'Beej''s Guide to Network Programming', 'https://beej.us/guide/bgnet/', 'Free guide to sockets and TCP/UDP programming.', 4)
on conflict do nothing;

-- Observability
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Observability', 'article', 'Monitoring Distributed Systems (Google SRE book)', 'https://sre.google/sre-book/monitoring-distributed-systems/', 'The four golden signals and symptom-based alerting.', 1),
  ('Observability', 'documentation', 'OpenTelemetry documentation', 'https://opentelemetry.io/docs/', 'Vendor-neutral instrumentation for traces, metrics and logs.', 1),
  ('Observability', 'article', 'Implementing SLOs (Google SRE workbook)', 'https://sre.google/workbook/implementing-slos/', 'Choosing SLIs, setting SLOs and error-budget policies.', 2),
  ('Observability', 'documentation', 'Prometheus overview', 'https://prometheus.io/docs/introduction/overview/', 'Metrics data model, scraping, PromQL and alerting.', 2)
on conflict do nothing;

-- Linux
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Linux', 'course', 'Linux Journey', 'https://linuxjourney.com/', 'Free interactive lessons on the command line, processes, filesystems and networking.', 1),
  ('Linux', 'article', 'The USE Method', 'https://www.brendangregg.com/usemethod.html', 'Brendan Gregg''s methodology for performance analysis of any system.', 1),
  ('Linux', 'article', 'Linux Performance', 'https://www.brendangregg.com/linuxperf.html', 'Map of Linux performance observability tools and resources.', 2),
  ('Linux', 'documentation', 'Linux man pages', 'https://man7.org/linux/man-pages/', 'Reference manual pages for system calls and utilities.', 3),
  ('Linux', 'practice', 'OverTheWire: Bandit', 'https://overthewire.org/wargames/bandit/', 'Command-line wargame to practise Linux fundamentals.', 4)
on conflict do nothing;

-- iOS
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('iOS', 'course', 'SwiftUI Tutorials (Apple)', 'https://developer.apple.com/tutorials/swiftui', 'Official step-by-step tutorials for building apps with SwiftUI.', 1),
  ('iOS', 'documentation', 'The Swift Programming Language', 'https://docs.swift.org/swift-book/', 'Official language guide covering value types, ARC, closures and concurrency.', 1),
  ('iOS', 'course', '100 Days of SwiftUI', 'https://www.hackingwithswift.com/100/swiftui', 'Free structured course with daily lessons and projects.', 2),
  ('iOS', 'documentation', 'SwiftUI documentation', 'https://developer.apple.com/documentation/swiftui', 'Reference for views, state and data flow in SwiftUI.', 2),
  ('iOS', 'documentation', 'Human Interface Guidelines', 'https://developer.apple.com/design/human-interface-guidelines', 'Apple design guidance for intuitive, accessible apps.', 3)
on conflict do nothing;

-- Android
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Android', 'documentation', 'Guide to app architecture', 'https://developer.android.com/topic/architecture', 'Recommended layers, ViewModels, repositories and unidirectional data flow.', 1),
  ('Android', 'documentation', 'The Activity lifecycle', 'https://developer.android.com/guide/components/activities/activity-lifecycle', 'Official guide to lifecycle callbacks, configuration changes and state.', 1),
  ('Android', 'documentation', 'Jetpack Compose documentation', 'https://developer.android.com/jetpack/compose/documentation', 'State, recomposition, layouts and performance in Compose.', 2),
  ('Android', 'documentation', 'Kotlin coroutines overview', 'https://kotlinlang.org/docs/coroutines-overview.html', 'Official coroutine documentation: scopes, dispatchers and cancellation.', 2),
  ('Android', 'course', 'Android developer courses', 'https://developer.android.com/courses', 'Free official courses including Android Basics with Compose.', 3)
on conflict do nothing;

-- React Native
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('React Native', 'documentation', 'React Native Performance Overview', 'https://reactnative.dev/docs/performance', 'JS and UI threads, frame drops and common performance pitfalls.', 1),
  ('React Native', 'documentation', 'React Native: Get Started', 'https://reactnative.dev/docs/getting-started', 'Official introduction to core components and platform APIs.', 1),
  ('React Native', 'documentation', 'Optimizing FlatList Configuration', 'https://reactnative.dev/docs/optimizing-flatlist-configuration', 'Props and patterns for fast, memory-efficient lists.', 2),
  ('React Native', 'documentation', 'React Native Architecture Overview', 'https://reactnative.dev/architecture/overview', 'How JSI, Fabric and TurboModules work in the New Architecture.', 2),
  ('React Native', 'documentation', 'Expo documentation', 'https://docs.expo.dev/', 'Tooling and libraries for building and shipping React Native apps.', 3)
on conflict do nothing;

-- Communication
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Communication', 'article', 'Situation, task, action, result (STAR)', 'https://en.wikipedia.org/wiki/Situation,_task,_action,_result', 'The STAR method for answering behavioral questions.', 1),
  ('Communication', 'article', 'Tech Interview Handbook: Behavioral interviews', 'https://www.techinterviewhandbook.org/behavioral-interview/', 'How to prepare and structure behavioral answers for engineering interviews.', 1),
  ('Communication', 'course', 'Google Technical Writing courses', 'https://developers.google.com/tech-writing', 'Free courses on clear technical writing for engineers.', 2),
  ('Communication', 'documentation', 'GitLab Handbook: Communication', 'https://handbook.gitlab.com/handbook/communication/', 'Practical guidelines for clear written and asynchronous communication.', 3)
on conflict do nothing;

-- Leadership
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Leadership', 'article', 'Amazon Leadership Principles', 'https://www.amazon.jobs/content/en/our-workplace/leadership-principles', 'The principles behind many behavioral interview questions: ownership, bias for action and more.', 1),
  ('Leadership', 'documentation', 'GitLab Handbook: Leadership', 'https://handbook.gitlab.com/handbook/leadership/', 'Concrete leadership practices for managers and individual contributors.', 2),
  ('Leadership', 'article', 'StaffEng: Staff archetypes', 'https://staffeng.com/guides/staff-archetypes/', 'How senior technical leaders operate beyond their own team.', 2),
  ('Leadership', 'article', 'Servant leadership (Wikipedia)', 'https://en.wikipedia.org/wiki/Servant_leadership', 'Overview of a leadership philosophy focused on growing the team.', 4)
on conflict do nothing;

-- Teamwork
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Teamwork', 'documentation', 'Atlassian Team Playbook', 'https://www.atlassian.com/team-playbook', 'Free workshops (plays) for team health, retrospectives and roles.', 1),
  ('Teamwork', 'article', 'Psychological safety (Wikipedia)', 'https://en.wikipedia.org/wiki/Psychological_safety', 'The research on what makes teams effective.', 2),
  ('Teamwork', 'documentation', 'GitLab Handbook: Values', 'https://handbook.gitlab.com/handbook/values/', 'Collaboration, results and transparency as working values.', 3),
  ('Teamwork', 'article', 'Tuckman''s stages of group development (Wikipedia)', 'https://en.wikipedia.org/wiki/Tuckman%27s_stages_of_group_development', 'Forming, storming, norming and performing.', 4)
on conflict do nothing;

-- Conflict Resolution
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Conflict Resolution', 'article', 'Harvard PON: Conflict Resolution', 'https://www.pon.harvard.edu/category/daily/conflict-resolution/', 'Articles on interest-based conflict resolution from the Program on Negotiation.', 1),
  ('Conflict Resolution', 'practice', 'Tech Interview Handbook: Behavioral questions', 'https://www.techinterviewhandbook.org/behavioral-interview-questions/', 'Common behavioral questions, including conflict scenarios, to practise with.', 2),
  ('Conflict Resolution', 'article', 'Thomas–Kilmann conflict modes (Wikipedia)', 'https://en.wikipedia.org/wiki/Thomas%E2%80%93Kilmann_Conflict_Mode_Instrument', 'Competing, collaborating, compromising, avoiding and accommodating.', 2),
  ('Conflict Resolution', 'article', 'Nonviolent Communication (Wikipedia)', 'https://en.wikipedia.org/wiki/Nonviolent_Communication', 'Observations, feelings, needs and requests as a conversation framework.', 3)
on conflict do nothing;

-- Problem Solving
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Problem Solving', 'article', 'Effective Troubleshooting (Google SRE book)', 'https://sre.google/sre-book/effective-troubleshooting/', 'A systematic, hypothesis-driven approach to debugging systems.', 1),
  ('Problem Solving', 'article', 'Five whys (Wikipedia)', 'https://en.wikipedia.org/wiki/Five_whys', 'Iterative root-cause analysis technique.', 2),
  ('Problem Solving', 'article', 'How to Solve It (Wikipedia)', 'https://en.wikipedia.org/wiki/How_to_Solve_It', 'Pólya''s four-step problem-solving method.', 3),
  ('Problem Solving', 'practice', 'LeetCode Problemset', 'https://leetcode.com/problemset/', 'Practice breaking down unfamiliar problems under time pressure.', 3)
on conflict do nothing;

-- Ownership
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Ownership', 'article', 'Amazon Leadership Principles', 'https://www.amazon.jobs/content/en/our-workplace/leadership-principles', 'Ownership, deliver results and earn trust, as used in interviews.', 1),
  ('Ownership', 'article', 'Postmortem Culture (Google SRE book)', 'https://sre.google/sre-book/postmortem-culture/', 'Blameless postmortems and learning from failure.', 1),
  ('Ownership', 'documentation', 'GitLab Handbook: Values (Results)', 'https://handbook.gitlab.com/handbook/values/#results', 'What results-oriented ownership looks like in practice.', 3)
on conflict do nothing;

-- Product Sense
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Product Sense', 'book', 'Shape Up (Basecamp)', 'https://basecamp.com/shapeup', 'Free book on shaping, betting on and building product work.', 1),
  ('Product Sense', 'article', 'A/B testing (Wikipedia)', 'https://en.wikipedia.org/wiki/A/B_testing', 'Controlled experiments for product decisions.', 2),
  ('Product Sense', 'article', 'Kano model (Wikipedia)', 'https://en.wikipedia.org/wiki/Kano_model', 'Classifying features by how they affect customer satisfaction.', 3),
  ('Product Sense', 'article', 'Minimum viable product (Wikipedia)', 'https://en.wikipedia.org/wiki/Minimum_viable_product', 'The MVP concept and its role in validated learning.', 3)
on conflict do nothing;

-- Prioritization
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Prioritization', 'article', 'RICE: Simple prioritization for product managers', 'https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/', 'The original Intercom article introducing the RICE scoring model.', 1),
  ('Prioritization', 'article', 'MoSCoW method (Wikipedia)', 'https://en.wikipedia.org/wiki/MoSCoW_method', 'Must, should, could and won''t prioritisation.', 2),
  ('Prioritization', 'book', 'Shape Up (Basecamp)', 'https://basecamp.com/shapeup', 'Appetite, fixed time and variable scope as a prioritisation approach.', 2)
on conflict do nothing;

-- Stakeholder Management
insert into public.learning_resources (skill, resource_type, title, url, description, priority) values
  ('Stakeholder Management', 'documentation', 'Atlassian Team Playbook', 'https://www.atlassian.com/team-playbook', 'Plays for project kick-offs, roles and responsibilities and stakeholder alignment.', 1),
  ('Stakeholder Management', 'article', 'Responsibility assignment matrix (RACI)', 'https://en.wikipedia.org/wiki/Responsibility_assignment_matrix', 'Clarifying who is responsible, accountable, consulted and informed.', 2),
  ('Stakeholder Management', 'article', 'Stakeholder analysis (Wikipedia)', 'https://en.wikipedia.org/wiki/Stakeholder_analysis', 'Identifying stakeholders and mapping their interest and influence.', 2),
  ('Stakeholder Management', 'documentation', 'GitLab Handbook: Communication', 'https://handbook.gitlab.com/handbook/communication/', 'Keeping stakeholders informed through transparent written updates.', 3)
on conflict do nothing;

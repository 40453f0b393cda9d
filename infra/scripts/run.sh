#!/usr/bin/env bash
# `make run`: the whole stack on this machine, with demo data. `make stop` stops what it started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
S="$ROOT/infra/scripts"
cd "$ROOT"

"$S/postgres.sh" start
"$S/postgres.sh" ensure-db lcp
"$S/mail.sh" start
"$S/keycloak.sh" start
"$S/api.sh" build
# the API's own notification e-mails go to GreenMail too (Keycloak's realm points at it already)
LCP_DEMO_DATA=true LCP_MAIL_ENABLED=true LCP_SMTP_HOST=127.0.0.1 LCP_SMTP_PORT=3025 \
  LCP_SMTP_START_TLS=DISABLED "$S/api.sh" start
"$S/web.sh" build
"$S/web.sh" start

cat <<TXT

The learning-collaborative platform is running.

  Web client        http://localhost:5173
  API               http://localhost:8080/api   (contract: http://localhost:8080/q/openapi,
                                                  Swagger UI: http://localhost:8080/q/swagger-ui)
  Health            http://localhost:8080/q/health/ready
  Metrics           http://127.0.0.1:9000/q/metrics   (management port, this machine only)
  Keycloak          http://localhost:8180  (realm lcp; admin console: admin / admin)
  Demo mail         every e-mail (invitations, password resets, notifications) goes to GreenMail:
                    http://127.0.0.1:8025/api/user/ADDRESS/messages/INBOX  (JSON, e.g.
                    infra/scripts/mail.sh messages new.person@example.org), or IMAP on
                    127.0.0.1:3143 with the address as user and any password

Demo accounts (password: demo)
  admin                 platform admin
  faculty1              faculty; lead of the TF-CBT collaborative (applications open), the ARC draft, SPARCS (closed)
  faculty2              faculty; lead of the CPP collaborative (active) and the schools community; TF-CBT faculty
  riverside.leader      senior leader, Riverside Family Services
  riverside.clinician   clinician, Riverside Family Services
  lakeside.leader       senior leader, Lakeside Youth Center
  lakeside.clinician    clinician, Lakeside Youth Center
Machine clients (client credentials)
  riverside-data-system / riverside-demo-secret    lakeside-data-system / lakeside-demo-secret

Try it:
  TOKEN=\$(infra/scripts/keycloak.sh token admin)
  curl -H "Authorization: Bearer \$TOKEN" http://localhost:8080/api/collaboratives

A new person: as admin (or a senior leader), invite them on their organisation's page; open the
e-mail above, follow its link, set a password, then sign in at http://localhost:5173.

Stop everything with: make stop
TXT

# The two commands: `make run` starts everything with demo data; `make test` runs every test.
.PHONY: run stop test test-backend test-frontend gen build bench backup restore

run:
	@infra/scripts/run.sh

stop:
	@infra/scripts/web.sh stop
	@infra/scripts/api.sh stop
	@infra/scripts/keycloak.sh stop
	@infra/scripts/mail.sh stop
	@infra/scripts/postgres.sh stop

test:
	@infra/scripts/test.sh

# the backend's tests alone (needs PostgreSQL; the Keycloak tests, tagged `keycloak`, are skipped with the
# reason when no Keycloak answers: infra/scripts/keycloak.sh start runs them too). LCP_TEST_DB_URL picks
# another test database.
test-backend:
	@infra/scripts/postgres.sh start && infra/scripts/postgres.sh ensure-db "$$(basename "$${LCP_TEST_DB_URL:-lcp_test}")"
	cd backend && mvn -B verify

test-frontend:
	@infra/scripts/web.sh deps
	cd frontend && npm run check:api && npm run lint:api && npm run typecheck && npm run lint && npm run format:check && npm test

# regenerate the web client's API types after changing openapi.yaml
gen:
	@infra/scripts/web.sh deps
	cd frontend && npm run gen:api

build:
	@infra/scripts/api.sh build
	@infra/scripts/web.sh build

# the metric-upload benchmark: API vs COPY straight into PostgreSQL (prints its figures)
bench:
	@infra/scripts/api.sh build
	@bench/metrics-upload.sh

# a backup of the database the API's configuration names (LCP_DB_URL; default lcp on 127.0.0.1):
# make backup [BACKUP=file] (default backups/lcp-<timestamp>.dump); make restore BACKUP=file replaces
# the database's content with the file's, all or nothing (stop the API first). See docs/operations.md.
backup:
	@infra/scripts/backup.sh backup $(BACKUP)

restore:
	@infra/scripts/backup.sh restore $(BACKUP)

# The two commands of the README. Both install what is missing first (scripts/setup.sh).
.PHONY: serve test dist clean

# Build the pre-rendered site into dist/ and serve it on http://127.0.0.1:8080
serve:
	./scripts/setup.sh
	./scripts/build.sh
	node scripts/serve.mjs --dir dist --port 8080

# Every test: native unit and dataset tests, the build, size budgets, browser end-to-end tests,
# accessibility and Lighthouse gates.
test:
	./scripts/setup.sh
	./scripts/test.sh

# Only produce dist/ for deployment (BASE=/bomca/ for a sub-path, SITE_URL for the sitemap).
dist:
	./scripts/setup.sh
	./scripts/build.sh

clean:
	rm -rf dist dist-sub target/site-reports

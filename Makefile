# Two commands on a fresh machine: `make run` and `make test`.
# Each creates .venv when missing and (re)installs the project only when pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check eval extract-eval bench transcript clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null || \
	  { echo "briefbot needs Python >= 3.11 as '$(PYTHON)' (set PYTHON=... to choose another)." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); \
	  echo "Cannot create a virtual environment: '$(PYTHON) -m venv' is unavailable." >&2; \
	  echo "On Debian/Ubuntu install it with: apt-get install python3-venv (or python3.11-venv)." >&2; exit 1; }

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing briefbot and its dependencies into $(VENV) (log: $(VENV)/install.log) ..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]" \
	  > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log >&2; \
	  echo "Installing failed: see the log above." >&2; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/briefbot run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/briefbot check
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .

check: $(STAMP)
	$(BIN)/briefbot check

EVAL_SETS := tests/eval/questions.yaml tests/eval/unseen.yaml tests/eval/blind.yaml \
  tests/eval/blind-heldout.yaml tests/eval/blind-c.yaml tests/eval/blind-d.yaml \
  tests/eval/blind-e.yaml tests/eval/blind-f.yaml tests/eval/blind-g.yaml tests/eval/blind-h.yaml tests/eval/blind-i.yaml tests/eval/blind-j.yaml tests/eval/blind-k.yaml tests/eval/blind-l.yaml tests/eval/blind-m.yaml tests/eval/blind-n.yaml tests/eval/blind-o.yaml tests/eval/blind-p.yaml tests/eval/blind-q.yaml tests/eval/blind-r.yaml tests/eval/blind-s.yaml tests/eval/blind-t.yaml tests/eval/blind-u.yaml tests/eval/blind-v.yaml tests/eval/blind-w.yaml tests/eval/blind-x.yaml tests/eval/blind-y.yaml tests/eval/blind-z.yaml tests/eval/blind-aa.yaml tests/eval/blind-ab.yaml tests/eval/reasons.yaml tests/eval/english.yaml tests/eval/english2.yaml tests/eval/targeted.yaml tests/eval/numbers.yaml tests/eval/plain.yaml tests/eval/english3.yaml tests/eval/english4.yaml tests/eval/ru5.yaml tests/eval/gaps.yaml tests/eval/answerable.yaml tests/eval/qfact.yaml tests/eval/ru6.yaml tests/eval/forecast.yaml tests/eval/english5.yaml tests/eval/english6.yaml tests/eval/english7.yaml tests/eval/ru7.yaml tests/eval/ru8.yaml tests/eval/ru9.yaml tests/eval/english8.yaml tests/eval/english9.yaml tests/eval/ru10.yaml tests/eval/english10.yaml tests/eval/english11.yaml tests/eval/ru11.yaml tests/eval/ru12.yaml tests/eval/ru13.yaml tests/eval/ru14.yaml tests/eval/ru15.yaml tests/eval/ru16.yaml tests/eval/ctry.yaml tests/eval/english12.yaml tests/eval/ru17.yaml tests/eval/ru18.yaml tests/eval/ru19.yaml tests/eval/suggest33.yaml tests/eval/english13.yaml tests/eval/offer33.yaml tests/eval/refuse33.yaml tests/eval/passage33.yaml tests/eval/typo34.yaml tests/eval/english14.yaml tests/eval/ru20.yaml tests/eval/english15.yaml tests/eval/ru21.yaml tests/eval/offer34b.yaml tests/eval/ru22.yaml tests/eval/keywords.yaml tests/eval/refusal34.yaml tests/eval/english16.yaml tests/eval/typo35.yaml tests/eval/ru23.yaml tests/eval/money23.yaml tests/eval/list23.yaml tests/eval/offer35.yaml tests/eval/place23.yaml tests/eval/long23.yaml tests/eval/english17.yaml tests/eval/verify36.yaml tests/eval/roles36.yaml tests/eval/jargon36.yaml
eval: $(STAMP)
	$(BIN)/briefbot eval --quiet $(EVAL_SETS)

EXTRACTION := tests/fixtures/extraction
extract-eval: $(STAMP)
	$(BIN)/briefbot extract-eval seeds/aliyev-state-visit-kazakhstan.ru.txt \
	  --against knowledge/aliyev-kazakhstan.yaml --questions tests/eval/questions.yaml tests/eval/unseen.yaml
	@for case in $(EXTRACTION)/*/; do \
	  questions=""; [ -f $$case/questions.yaml ] && questions="--questions $$case/questions.yaml"; \
	  $(BIN)/briefbot extract-eval $$case/article.txt --against $$case/expected.yaml $$questions || exit 1; \
	done

# Under 10 minutes on a 2-core machine; bench.startup and bench.endtoend write their sections
# of bench/RESULTS.md. Smaller: BENCH_ROUNDS=5 BENCH_UPDATES=1000 make bench.
BENCH_ROUNDS ?= 15
BENCH_UPDATES ?= 5000
BENCH_QUESTIONS ?= 60
bench: $(STAMP)
	$(BIN)/python -m bench.accuracy tests/eval/questions.yaml tests/eval/unseen.yaml
	$(BIN)/python -m bench.morphology tests/eval/questions.yaml
	$(BIN)/python -m bench.robustness
	$(BIN)/python -m bench.speed
	$(BIN)/python -m bench.cost
	$(BIN)/python -m bench.extraction
	$(BIN)/python -m bench.startup --rounds $(BENCH_ROUNDS)
	$(BIN)/python -m bench.scale --questions $(BENCH_QUESTIONS)
	$(BIN)/python -m bench.endtoend --updates $(BENCH_UPDATES) --users $$(( $(BENCH_UPDATES) / 10 ))

transcript: $(STAMP)
	$(BIN)/python -m bot.transcript tests/eval/sample_questions.yaml > docs/transcript.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

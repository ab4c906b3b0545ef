# The R side of bench/effect-analysis/pipeline.bench.ts: the same pipeline on the same CSV.
# Usage: R_LIBS=/opt/r-reference Rscript pipeline.R cohort.csv
#   → "# ..." lines with the versions used, then one line per stage: "stage seconds cpu-seconds"
suppressPackageStartupMessages({ library(data.table); library(MatchIt); library(survival) })
args <- commandArgs(trailingOnly = TRUE)
cat("#", R.version.string, "\n")
for (p in c("data.table", "MatchIt", "survival"))
  cat("#", p, as.character(packageVersion(p)), "from", dirname(find.package(p)), "\n")
cat("# data.table threads", getDTthreads(), "\n")
time <- function(stage, expr) {
  t <- system.time(v <- expr)
  cat(stage, t[["elapsed"]], t[["user.self"]] + t[["sys.self"]], "\n")
  v
}
d <- time("read", fread(args[1]))
f <- pilot ~ age + sex + months_on_benefit + ladder + household + district
ps <- time("propensity", glm(f, family = binomial, data = d))
m <- time("matching", matchit(f, data = d, method = "nearest", distance = ps$fitted.values, caliper = 0.2))
invisible(time("balance", summary(m)))
md <- match.data(m)
invisible(time("kaplan-meier", survfit(Surv(months, outflow) ~ pilot, data = md)))
invisible(time("log-rank", survdiff(Surv(months, outflow) ~ pilot, data = md)))
invisible(time("cox", coxph(Surv(months, outflow) ~ pilot + age, data = md)))

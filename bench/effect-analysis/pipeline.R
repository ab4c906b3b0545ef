# The R side of bench/effect-analysis/pipeline.bench.ts: the same pipeline on the same CSV.
# Usage: Rscript pipeline.R cohort.csv   → prints one line per stage: "stage seconds"
suppressPackageStartupMessages({ library(data.table); library(MatchIt); library(survival) })
args <- commandArgs(trailingOnly = TRUE)
time <- function(stage, expr) { t <- system.time(v <- expr)[["elapsed"]]; cat(stage, t, "\n"); v }
d <- time("read", fread(args[1]))
f <- pilot ~ age + sex + months_on_benefit + ladder + household + district
ps <- time("propensity", glm(f, family = binomial, data = d))
m <- time("matching", matchit(f, data = d, method = "nearest", distance = ps$fitted.values, caliper = 0.2))
invisible(time("balance", summary(m)))
md <- match.data(m)
invisible(time("kaplan-meier", survfit(Surv(months, outflow) ~ pilot, data = md)))
invisible(time("log-rank", survdiff(Surv(months, outflow) ~ pilot, data = md)))
invisible(time("cox", coxph(Surv(months, outflow) ~ pilot + age, data = md)))

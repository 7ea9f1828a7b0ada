# Helper for bench/forecast/run.sh; needs R's forecast package (Debian r-cran-forecast).
#   Rscript classic.R export DIR    writes DIR/classic-monthly.csv and DIR/classic-quarterly.csv
#   Rscript classic.R compare DIR   R's ets/auto.arima/thetaf MASE on the same holdouts next to SalesTrack's
#   Rscript classic.R speed FILE [N] times R's ets() on the first N (default all) series of a
#                                   series_id,period,value[,frequency] file
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
classic <- list(AirPassengers = AirPassengers, UKDriverDeaths = UKDriverDeaths, nottem = nottem, co2 = co2,
                USAccDeaths = USAccDeaths, wineind = wineind, gas = gas, woolyrnq = woolyrnq)
label <- function(x) {
  yr <- floor(time(x) + 1e-6); cy <- cycle(x)
  if (frequency(x) == 4) sprintf("%04d-Q%d", yr, cy) else sprintf("%04d-%02d", yr, cy)
}
holdout <- function(x) if (frequency(x) == 4) 8 else 12

if (args[1] == "export") {
  for (kind in c("monthly", "quarterly")) {
    f <- if (kind == "monthly") 12 else 4
    rows <- do.call(rbind, lapply(names(classic), function(n) {
      x <- classic[[n]]
      if (frequency(x) != f) return(NULL)
      data.frame(series_id = n, period = label(x), value = as.numeric(x))
    }))
    write.csv(rows, file.path(args[2], paste0("classic-", kind, ".csv")), row.names = FALSE, quote = FALSE)
  }
} else if (args[1] == "compare") {
  ours <- rbind(read.csv(file.path(args[2], "classic-monthly-accuracy.csv")),
                read.csv(file.path(args[2], "classic-quarterly-accuracy.csv")))
  keys <- strsplit(Sys.getenv("CLASSIC_MODELS", "ets,arima,theta,auto"), ",")[[1]]
  ours$key <- rep(keys, length.out = nrow(ours))
  res <- do.call(rbind, lapply(names(classic), function(n) {
    x <- classic[[n]]; h <- holdout(x)
    train <- subset(x, end = length(x) - h); test <- subset(x, start = length(x) - h + 1)
    mase <- function(f) accuracy(f, test)["Test set", "MASE"]
    r <- c(R_ets = mase(forecast(ets(train), h)), R_auto.arima = mase(forecast(auto.arima(train), h)),
           R_thetaf = mase(thetaf(train, h)))
    o <- ours[ours$series_id == n, ]
    c(setNames(o$mase, paste0("ST_", o$key)), r)
  }))
  rownames(res) <- names(classic)
  res <- rbind(res, mean = colMeans(res))
  cat("MASE, last 12 (quarterly 8) points held out; ST_ = SalesTrack, R_ = R forecast\n")
  print(round(res, 3))
} else if (args[1] == "speed") {
  d <- read.csv(args[2])
  ids <- unique(d$series_id)
  if (length(args) > 2) ids <- head(ids, as.integer(args[3]))
  t <- system.time(for (id in ids) { y <- d[d$series_id == id, ]; ets(ts(y$value, frequency = y$frequency[1])) })
  cat(sprintf("R ets: %.1f s for %d series (%.1f ms/series, one core)\n", t[["elapsed"]], length(ids),
              1000 * t[["elapsed"]] / length(ids)))
}

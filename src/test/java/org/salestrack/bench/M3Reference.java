package org.salestrack.bench;

/** The reference table of /work/shared/benchmarks/m3/README.md (sMAPE / MASE), printed for comparison. */
final class M3Reference {
    static final String TABLE = """
            Reference (M3 README: competition submissions and R forecast 8.20 defaults):
            | method | yearly | quarterly | monthly | other | all |
            | --- | --- | --- | --- | --- | --- |
            | Naive2 | 17.88 / 3.17 | 9.95 / 1.24 | 16.89 / 1.04 | 6.30 / 3.09 | 14.74 / 1.67 |
            | Theta (competition winner) | 16.97 / 2.81 | 8.96 / 1.09 | 13.89 / 0.86 | 4.41 / 1.90 | 12.76 / 1.39 |
            | R ets() | 17.00 / 2.86 | 9.68 / 1.17 | 14.14 / 0.86 | 4.37 / 1.81 | 13.07 / 1.43 |
            | R auto.arima() | 17.10 / 2.96 | 10.01 / 1.19 | 15.02 / 0.87 | 4.51 / 1.84 | 13.60 / 1.45 |
            | R thetaf() | 16.76 / 2.77 | 9.20 / 1.12 | 13.86 / 0.86 | 4.92 / 2.27 | 12.79 / 1.42 |
            | mean of ets, auto.arima, thetaf | 16.03 / 2.69 | 9.01 / 1.06 | 13.53 / 0.83 | 4.32 / 1.81 | 12.40 / 1.34 |
            """;

    private M3Reference() {}
}

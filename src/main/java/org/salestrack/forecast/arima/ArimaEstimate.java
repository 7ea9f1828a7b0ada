package org.salestrack.forecast.arima;

/** A fitted ARIMA: coefficients in R's order (ar, ma, sar, sma, constant) and the fit's statistics. */
record ArimaEstimate(ArimaOrder order, double[] ar, double[] ma, double[] sar, double[] sma, double constant,
                     double sigma2, double logLik, double aic, double aicc, double bic,
                     double[] differenced, double[] innovations, double[] filteredState, boolean exact) {

    double[] fullAr() {
        return ArmaPolynomials.expandAr(ar, sar, order.m());
    }

    double[] fullMa() {
        return ArmaPolynomials.expandMa(ma, sma, order.m());
    }
}

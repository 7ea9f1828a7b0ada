package org.salestrack.forecast.ets;

/** One ETS model fitted by maximum likelihood: parameters, states and information criteria. */
record EtsEstimate(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi,
                   double[] initialState, double[] finalState, double[] residuals, double[] fitted,
                   double logLik, double aic, double aicc, double bic, double sigma2) {

    EtsFilter filter() {
        return new EtsFilter(spec, m, alpha, beta, gamma, phi);
    }
}

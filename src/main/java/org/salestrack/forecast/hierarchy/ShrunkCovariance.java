package org.salestrack.forecast.hierarchy;

/** A covariance estimate and the shrinkage intensity that produced it (0 = sample, 1 = diagonal target). */
public record ShrunkCovariance(double[][] covariance, double lambda) {
}

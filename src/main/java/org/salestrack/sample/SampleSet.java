package org.salestrack.sample;

import java.util.List;

/** What a generation wrote: the files, the planted problems and the expected totals. */
public record SampleSet(long seed, List<SampleFile> files, PlantedProblems planted, ExpectedTotals totals) {}

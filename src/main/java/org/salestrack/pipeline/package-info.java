/**
 * The import pipeline: one object that every way data comes in calls, so storing a file is always followed
 * by the same steps (rules, rollups, forecast tracking, alerts). It sits above the services it chains
 * (ingest, validate, analytics, forecast) and below the callers (cli, ui, app); nothing under it may use it.
 */
package org.salestrack.pipeline;

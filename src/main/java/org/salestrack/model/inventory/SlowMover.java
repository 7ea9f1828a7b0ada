package org.salestrack.model.inventory;

import java.util.List;
import org.salestrack.model.Message;

/**
 * A SKU x sales region whose sales have fallen below what was expected for {@code slowWeeks} weeks running.
 *
 * @param weeks     the Mondays of the weeks shown, oldest first
 * @param actual    units sold each week
 * @param expected  what its one-step forecast, made before each week, expected
 * @param slowWeeks consecutive weeks below the threshold up to the last week
 * @param ratio     actual over expected across those weeks
 * @param reason    why the action, in words
 */
public record SlowMover(String sku, String region, LifeCycleStage stage, int slowWeeks, double ratio,
                        SlowMoverAction action, Message reason, List<String> weeks, double[] actual, double[] expected) {}

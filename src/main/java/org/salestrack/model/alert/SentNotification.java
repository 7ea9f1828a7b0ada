package org.salestrack.model.alert;

/** One post of an alert to a webhook, as logged: how many attempts, the last HTTP status (null: no answer), and what was sent. */
public record SentNotification(long id, String at, Long alertId, WebhookFormat format, String url, int attempts, Integer status, boolean ok, String body) {}

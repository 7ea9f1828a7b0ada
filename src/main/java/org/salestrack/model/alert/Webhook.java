package org.salestrack.model.alert;

/** Where alerts are posted: for one rule ({@code scope} "rule", {@code name} its id) or one owner ("owner", the person's name). */
public record Webhook(long id, String scope, String name, WebhookFormat format, String url) {
    public Webhook {
        if (!scope.equals("rule") && !scope.equals("owner")) throw new IllegalArgumentException("a webhook is for a rule or an owner, not " + scope);
    }

    public boolean covers(String rule, String owner) {
        return scope.equals("rule") ? name.equals(rule) : name.equals(owner);
    }
}

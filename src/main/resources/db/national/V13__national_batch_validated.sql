-- When a validation run last covered a batch, as its workspace knew it (issue 21 #3: Data quality on the store):
-- without it the store, and every workspace extracted from it, scored each batch "not validated yet" beside its
-- findings, since the run happened in the publishing workspace. The publisher of a batch (or head office) sends
-- it with each publish; a later run moves it on, an earlier one never back.
ALTER TABLE import_batch ADD COLUMN validated_at text;

CREATE FUNCTION national_batch_validated(p_batch bigint, p_at text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE import_batch SET validated_at = p_at
     WHERE id = p_batch AND status = 'stored' AND (validated_at IS NULL OR validated_at < p_at)
       AND (published_by = session_user OR national_is_hq(session_user));
    RETURN FOUND;
END
$$;

REVOKE EXECUTE ON FUNCTION national_batch_validated(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_batch_validated(bigint, text) TO national_analyst, national_hq;

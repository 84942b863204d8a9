package org.annalist.store;

import java.time.Instant;

/**
 * An input that was refused, with the reason, so a run can be audited and re-run.
 *
 * @param origin    where the input came from ("feeds/x.jsonl:12", a path, a URL)
 * @param reason    why it was refused, in words ("not English (az)", "no article body")
 * @param skippedAt when it was first refused
 */
public record Skip(String origin, String reason, Instant skippedAt) {
}

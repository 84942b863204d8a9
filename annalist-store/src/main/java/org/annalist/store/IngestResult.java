package org.annalist.store;

/**
 * What {@link EventStore#ingest} did with one article.
 *
 * @param articleId    the article's id
 * @param status       {@link Status#STORED} the first time, {@link Status#DUPLICATE} after that
 * @param eventsStored event mentions written; 0 for a duplicate
 * @param urlAdded     true when the article's URL was new to the store
 */
public record IngestResult(String articleId, Status status, int eventsStored, boolean urlAdded) {

    public enum Status {
        /** The article and its events were written. */
        STORED,
        /** An article with this id was already stored; at most its URL was added. */
        DUPLICATE
    }

    public boolean isDuplicate() { return status == Status.DUPLICATE; }
}

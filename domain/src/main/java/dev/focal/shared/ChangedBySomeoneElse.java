package dev.focal.shared;

/**
 * Someone else saved the record after the caller read it (a stale optimistic-lock version); nothing was
 * written. Use it only for that: the caller should reload, look at the other change, and make theirs again.
 * A context's own conflicts extend this under their own names ({@code StockRecordChanged}).
 */
public abstract class ChangedBySomeoneElse extends RuntimeException {

    protected ChangedBySomeoneElse(String message) {
        super(message);
    }
}

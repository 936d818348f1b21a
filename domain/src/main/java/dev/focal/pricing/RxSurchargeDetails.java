package dev.focal.pricing;

/** A stored Rx surcharge rule and the version an update must name. */
public record RxSurchargeDetails(RxSurchargeId id, long version, RxSurchargeDraft draft) {
}

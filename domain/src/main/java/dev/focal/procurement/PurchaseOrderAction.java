package dev.focal.procurement;

/** What a buyer or the receiving desk does to a purchase order; {@link PurchaseOrderWorkflow} says when. */
enum PurchaseOrderAction {
    CHANGE_DELIVERY("its delivery details"),
    CHANGE_LINES("its lines"),
    SUBMIT("submission"),
    APPROVE("approve"),
    REJECT("reject"),
    SEND("send"),
    RECEIVE("receive"),
    CANCEL("cancel"),
    CLOSE("close");

    private final String wording;

    PurchaseOrderAction(String wording) {
        this.wording = wording;
    }

    /** How the refusal message names the action ("only a draft allows changing its lines"). */
    String wording() {
        return wording;
    }
}

package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContextManager;

/**
 * A model test on the real database: random sequences of receipts, reservations, releases, picks, transfers
 * (out of one location, into another), putaways and adjustments, each run through the services, keep on hand
 * equal to the sum of movements, 0 <= reserved <= on hand, every bin non-negative and adding up to on hand,
 * and agree with a simple in-memory model of what should have happened (including which operations must be
 * refused).
 */
class InventoryModelPropertiesTest {

    /** Borrows the one Spring test context every other test uses (same configuration, so the cached one). */
    @IntegrationTest
    static class Beans {
        @Autowired
        Inventory inventory;
        @Autowired
        Reservations reservations;
        @Autowired
        Locations locations;
        @Autowired
        Catalog catalog;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        Transfers transfers;
        @Autowired
        TransferDispatch dispatch;
        @Autowired
        TransferReceiving receiving;
    }

    static Beans beans;
    static Location a;
    static Location b;

    @BeforeContainer
    static void borrowContext() throws Exception {
        beans = new Beans();
        new TestContextManager(Beans.class).prepareTestInstance(beans);
        asAdmin();
        a = InventoryFixtures.newLocation(beans.locations, "MA");
        b = InventoryFixtures.newLocation(beans.locations, "MB");
    }

    @AfterContainer
    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("model-admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    sealed interface Op {
    }

    record Receive(boolean atA, int bin, int quantity) implements Op {
    }

    record Reserve(boolean atA, int quantity) implements Op {
    }

    record Release(int which) implements Op {
    }

    record Pick(int which) implements Op {
    }

    record Transfer(boolean fromA, int quantity) implements Op {
    }

    record PutAway(boolean atA, int quantity) implements Op {
    }

    record Adjust(boolean atA, int delta) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Boolean> where = Arbitraries.of(true, false);
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 6);
        Arbitrary<Op> op = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(where, Arbitraries.integers().between(0, 2), small).as(Receive::new),
                net.jqwik.api.Combinators.combine(where, small).as(Reserve::new),
                Arbitraries.integers().between(0, 9).map(Release::new),
                Arbitraries.integers().between(0, 9).map(Pick::new),
                net.jqwik.api.Combinators.combine(where, small).as(Transfer::new),
                net.jqwik.api.Combinators.combine(where, small).as(PutAway::new),
                net.jqwik.api.Combinators.combine(where, Arbitraries.integers().between(-4, 4).filter(d -> d != 0))
                        .as(Adjust::new));
        return op.list().ofMinSize(5).ofMaxSize(25);
    }

    /** What the model expects per location: on hand and reserved. */
    static final class Model {
        final Map<Boolean, int[]> stock = new HashMap<>(Map.of(true, new int[2], false, new int[2]));
        final List<Object[]> lines = new java.util.ArrayList<>();

        int available(boolean atA) {
            return stock.get(atA)[0] - stock.get(atA)[1];
        }
    }

    @Property(tries = 40)
    void stock_always_equals_its_ledger(@ForAll("operations") List<Op> ops) {
        asAdmin();
        String sku = InventoryFixtures.newSku(beans.catalog, "MD");
        Model model = new Model();
        int n = 0;
        for (Op op : ops) {
            n++;
            boolean expected = expectRefusal(sku, op, model);
            boolean refused = false;
            try {
                apply(sku, op, model, n);
            } catch (InsufficientStock e) {
                refused = true;
            }
            assertThat(refused).as("%s refused? model says %s", op, expected).isEqualTo(expected);
            if (!refused) {
                applyToModel(op, model, n);
            }
            checkInvariants(sku, model);
        }
    }

    private void apply(String sku, Op op, Model model, int n) {
        Inventory inventory = beans.inventory;
        switch (op) {
            case Receive r -> inventory.receive(new StockReceipt(sku, loc(r.atA()).code(), r.bin() == 0 ? null : "A-01-0" + r.bin(),
                    r.quantity(), null, null, "PURCHASE_ORDER", "M", null), null);
            case Reserve r -> beans.reservations.reserve(new ReservationRequest("M-" + sku, List.of(new ReservationLine("L" + n, sku,
                    loc(r.atA()).code(), r.quantity())), null));
            case Release r -> line(model, r.which()).ifPresent(l -> beans.reservations.release("M-" + sku, (String) l[0]));
            case Pick p -> line(model, p.which()).filter(l -> l[3] == ReservationStatus.ACTIVE)
                    .ifPresent(l -> beans.reservations.pick("M-" + sku, (String) l[0]));
            case Transfer t -> {
                String number = beans.dispatch.create(new TransferDraft(loc(t.fromA()).code(), loc(!t.fromA()).code(),
                        null, null, List.of(new TransferDraftLine(sku, t.quantity(), null, null))));
                var dispatched = beans.dispatch.dispatch(number, beans.transfers.get(number).version(), null);
                beans.receiving.receive(number, dispatched.version(), null, List.of(new TransferDeliveryLine(
                        dispatched.lines().getFirst().id(), t.quantity(), 0, null)));
            }
            case PutAway p -> inventory.putAway(sku, loc(p.atA()).code(), null, "A-01-02", p.quantity(), null);
            case Adjust d -> inventory.adjust(new StockAdjustment(sku, loc(d.atA()).code(), null, null, d.delta(),
                    d.delta() > 0 ? AdjustmentReason.FOUND : AdjustmentReason.DAMAGE, null), null);
        }
    }

    private boolean expectRefusal(String sku, Op op, Model model) {
        return switch (op) {
            case Receive r -> false;
            case Reserve r -> model.available(r.atA()) < r.quantity();
            case Release r -> false;
            case Pick p -> false;
            case Transfer t -> model.available(t.fromA()) < t.quantity();
            case PutAway p -> unplaced(sku, p.atA()) < p.quantity();
            case Adjust d -> d.delta() < 0 && model.available(d.atA()) < -d.delta();
        };
    }

    private int unplaced(String sku, boolean atA) {
        return beans.jdbc.sql("select coalesce(sum(on_hand), 0) from stock_bin where sku = ? and location_id = ? and bin_id is null")
                .params(sku, loc(atA).id()).query(Integer.class).single();
    }

    private void applyToModel(Op op, Model model, int n) {
        switch (op) {
            case Receive r -> model.stock.get(r.atA())[0] += r.quantity();
            case Reserve r -> {
                model.stock.get(r.atA())[1] += r.quantity();
                model.lines.add(new Object[] {"L" + n, r.atA(), r.quantity(), ReservationStatus.ACTIVE});
            }
            case Release r -> line(model, r.which()).filter(l -> l[3] == ReservationStatus.ACTIVE).ifPresent(l -> {
                model.stock.get((Boolean) l[1])[1] -= (Integer) l[2];
                l[3] = ReservationStatus.RELEASED;
            });
            case Pick p -> line(model, p.which()).filter(l -> l[3] == ReservationStatus.ACTIVE).ifPresent(l -> {
                model.stock.get((Boolean) l[1])[0] -= (Integer) l[2];
                model.stock.get((Boolean) l[1])[1] -= (Integer) l[2];
                l[3] = ReservationStatus.PICKED;
            });
            case Transfer t -> {
                model.stock.get(t.fromA())[0] -= t.quantity();
                model.stock.get(!t.fromA())[0] += t.quantity();
            }
            case PutAway p -> {
            }
            case Adjust d -> model.stock.get(d.atA())[0] += d.delta();
        }
    }

    private static java.util.Optional<Object[]> line(Model model, int which) {
        return model.lines.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(model.lines.get(which % model.lines.size()));
    }

    private void checkInvariants(String sku, Model model) {
        JdbcClient jdbc = beans.jdbc;
        for (boolean atA : List.of(true, false)) {
            Location location = loc(atA);
            int[] level = jdbc.sql("select on_hand, reserved from stock_level where sku = ? and location_id = ?")
                    .params(sku, location.id()).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional()
                    .orElse(new int[2]);
            int[] moved = jdbc.sql("""
                    select coalesce(sum(quantity), 0), coalesce(sum(reserved_delta), 0) from stock_movement
                    where sku = ? and location_id = ?""")
                    .params(sku, location.id()).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
            int binned = jdbc.sql("select coalesce(sum(on_hand), 0) from stock_bin where sku = ? and location_id = ?")
                    .params(sku, location.id()).query(Integer.class).single();
            int negativeBins = jdbc.sql("select count(*) from stock_bin where sku = ? and on_hand < 0").param(sku)
                    .query(Integer.class).single();
            assertThat(level[0]).as("on hand = sum of movements at " + location.code()).isEqualTo(moved[0]);
            assertThat(level[1]).as("reserved = sum of reservation changes").isEqualTo(moved[1]);
            assertThat(level[1]).isBetween(0, level[0]);
            assertThat(binned).as("bins add up to on hand").isEqualTo(level[0]);
            assertThat(negativeBins).isZero();
            assertThat(level).as("database agrees with the model").containsExactly(model.stock.get(atA));
        }
    }

    private static Location loc(boolean atA) {
        return atA ? a : b;
    }
}

package dev.focal.backoffice.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxKind;
import dev.focal.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The start page greets each member of staff with their work: one section per role they hold, each queue's first
 * items as links to the screen where the work is done; a role without a queue sees no section for it.
 */
@IntegrationTest
class HomeWorkQueuesTest extends KaribuTest {

    @Autowired
    PrescriptionDesk desk;

    @Test
    void warehouse_staff_see_their_queues_with_the_demo_stock_and_not_the_buyers() {
        signInAs("home-queue-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(HomeView.class);

        var warehouse = section("warehouse").orElseThrow();
        assertThat(headings(warehouse)).anyMatch(h -> h.startsWith("Purchase orders due today"))
                .anyMatch(h -> h.startsWith("Below reorder point"))
                .anyMatch(h -> h.startsWith("Lots expiring within"))
                .anyMatch(h -> h.startsWith("Count sheets to review"))
                .anyMatch(h -> h.startsWith("Transfers to receive"));
        assertThat(section("buyer")).isEmpty();
        assertThat(section("optician")).isEmpty();
        assertThat(section("admin")).isEmpty();

        var expiring = queue(warehouse, "Lots expiring within 60 days");
        assertThat(expiring.items.getChildren()).as("the demo has lots expiring within three weeks").isNotEmpty();

        var low = queue(warehouse, "Below reorder point");
        assertThat(low.items.getChildren()).as("the demo has SKUs below their reorder point").isNotEmpty();
        open(_find(low, RouterLink.class).getFirst());
        assertThat(shownView()).isEqualTo("StockLookupView");
    }

    @Test
    void a_buyer_sees_the_demo_orders_awaiting_approval_and_each_opens_its_purchase_order() {
        signInAs("home-queue-buyer", Role.BUYER);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(section("warehouse")).isEmpty();
        var approvals = queue(section("buyer").orElseThrow(), "Purchase orders awaiting approval");
        var first = _find(approvals, RouterLink.class).getFirst();
        assertThat(first.getText()).startsWith("PO-");
        open(first);
        assertThat(shownView()).isEqualTo("PurchaseOrderView");
    }

    @Test
    void an_optician_sees_prescriptions_to_verify_and_the_link_opens_the_verification_screen() {
        signInAs("home-queue-optician", Role.OPTICIAN);
        var customer = desk.findCustomers("", PageRequest.of(0, 1)).getContent().getFirst().id();
        var wearer = desk.wearersOf(customer).getFirst().id();
        desk.uploadDocument(customer, null, wearer, RxKind.SPECTACLES, "home-queue.pdf", pdf());
        UI.getCurrent().navigate(HomeView.class);

        assertThat(section("warehouse")).isEmpty();
        assertThat(section("buyer")).isEmpty();
        var toVerify = queue(section("optician").orElseThrow(), "Prescriptions to verify");
        assertThat(toVerify.items.getChildren()).isNotEmpty().hasSizeLessThanOrEqualTo(WorkQueue.FIRST);
        open(_find(toVerify, RouterLink.class).getFirst());
        assertThat(shownView()).isEqualTo("RxVerificationView");
    }

    @Test
    void a_sales_associate_has_no_work_queue_sections() {
        signInAs("home-queue-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(WorkQueue.class)).isEmpty();
        assertThat(_find(Section.class)).isEmpty();
    }

    @Test
    void an_admin_sees_the_failed_jobs_queue() {
        signInAs("home-queue-admin", Role.ADMIN);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(headings(section("admin").orElseThrow())).anyMatch(h -> h.startsWith("Failed background jobs ("));
    }

    @Test
    void an_empty_queue_says_so_in_one_line_and_a_long_one_links_to_all_of_it() {
        signInAs("home-queue-shapes", Role.ADMIN);
        var empty = new WorkQueue("Things", 0, List.of(), text -> new RouterLink(text, HomeView.class), "Nothing waits.");
        assertThat(empty.getElement().getTextRecursively()).isEqualTo("Things (0)Nothing waits.");

        var links = List.of(new RouterLink("one", HomeView.class), new RouterLink("two", HomeView.class));
        var longer = new WorkQueue("Things", 12, links, text -> new RouterLink(text, HomeView.class), "Nothing waits.");
        assertThat(longer.items.getChildren()).hasSize(2);
        assertThat(_find(longer, RouterLink.class)).extracting(RouterLink::getText).containsExactly("one", "two",
                "Show all 12");
    }

    private static Optional<Section> section(String role) {
        return _find(Section.class).stream().filter(s -> s.hasClassName("work-" + role)).findFirst();
    }

    private static List<String> headings(Section section) {
        return _find(section, WorkQueue.class).stream().map(q -> q.title.getText()).toList();
    }

    private static WorkQueue queue(Section section, String heading) {
        return _find(section, WorkQueue.class).stream().filter(q -> q.title.getText().startsWith(heading + " ("))
                .findFirst().orElseThrow();
    }

    private static void open(RouterLink link) {
        var location = new Location(link.getHref());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}

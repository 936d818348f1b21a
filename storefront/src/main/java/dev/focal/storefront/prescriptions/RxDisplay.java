package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import dev.focal.customers.RxKind;
import dev.focal.optics.RxEntryFields;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a prescription reads on the storefront: a small paper-like sheet (OD and OS rows), the expiry with its
 * warning, and labelled rows for comparing two versions side by side. Values are shown as the engine writes
 * them back ({@code RxEntry.from}), so what the customer typed and what they see match.
 */
public final class RxDisplay {

    /** Expiring within this many days is flagged. */
    static final int EXPIRY_WARNING_DAYS = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private RxDisplay() {
    }

    /** "Glasses prescription" or "Contact-lens prescription", as customers say it. */
    public static String title(RxKind kind) {
        return kind == RxKind.SPECTACLES ? "Glasses prescription" : "Contact-lens prescription";
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A compact sheet: column headings and one row per eye, plus measurement lines (PD, near PD). */
    public record Sheet(List<String> headings, List<SheetRow> rows, List<String> lines) {
    }

    public record SheetRow(String eye, String eyeWords, List<String> cells) {
    }

    public static @Nullable Sheet sheet(PrescriptionView view) {
        if (view.rx() == null) {
            return null;
        }
        Map<String, String> f = displayed(view);
        if (view.kind() == RxKind.CONTACT_LENSES) {
            boolean toric = !f.get("od.cyl").isEmpty() || !f.get("os.cyl").isEmpty();
            boolean multifocal = !f.get("od.add").isEmpty() || !f.get("os.add").isEmpty();
            List<String> headings = new ArrayList<>(List.of("Brand", "PWR", "BC", "DIA"));
            if (toric) {
                headings.addAll(List.of("CYL", "AXIS"));
            }
            if (multifocal) {
                headings.add("ADD");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (String eye : List.of("od", "os")) {
                List<String> cells = new ArrayList<>(List.of(f.get(eye + ".brand"), f.get(eye + ".sph"),
                        f.get(eye + ".bc"), f.get(eye + ".dia")));
                if (toric) {
                    cells.add(dash(f.get(eye + ".cyl")));
                    cells.add(dash(f.get(eye + ".axis")));
                }
                if (multifocal) {
                    cells.add(dash(f.get(eye + ".add")));
                }
                rows.add(new SheetRow(eye.toUpperCase(Locale.ROOT), eye.equals("od") ? "Right" : "Left", cells));
            }
            return new Sheet(headings, rows, List.of());
        }
        boolean prism = !prism(f, "od").isEmpty() || !prism(f, "os").isEmpty();
        boolean add = !f.get("od.add").isEmpty();
        List<String> headings = new ArrayList<>(List.of("SPH", "CYL", "AXIS"));
        if (add) {
            headings.add("ADD");
        }
        if (prism) {
            headings.add("Prism");
        }
        List<SheetRow> rows = new ArrayList<>();
        for (String eye : List.of("od", "os")) {
            List<String> cells = new ArrayList<>(List.of(f.get(eye + ".sph"), dash(f.get(eye + ".cyl")),
                    dash(f.get(eye + ".axis"))));
            if (add) {
                cells.add(dash(f.get(eye + ".add")));
            }
            if (prism) {
                cells.add(dash(prism(f, eye)));
            }
            rows.add(new SheetRow(eye.toUpperCase(Locale.ROOT), eye.equals("od") ? "Right" : "Left", cells));
        }
        List<String> lines = new ArrayList<>();
        if (!f.get("pd").isEmpty()) {
            lines.add("PD " + f.get("pd") + " mm");
        } else if (!f.get("pd.right").isEmpty()) {
            lines.add("PD " + f.get("pd.right") + " / " + f.get("pd.left") + " mm (right / left)");
        }
        if (!f.get("pd.near").isEmpty()) {
            lines.add("Near PD " + f.get("pd.near") + " mm");
        }
        if (!f.get("od.height").isEmpty() || !f.get("os.height").isEmpty()) {
            lines.add("Fitting height " + dash(f.get("od.height")) + " / " + dash(f.get("os.height")) + " mm");
        }
        return new Sheet(headings, rows, lines);
    }

    /**
     * The fields as an optician prints them: a plano sphere as PL, the standard 12 mm vertex distance left out
     * (it is assumed unless written).
     */
    private static Map<String, String> displayed(PrescriptionView view) {
        Map<String, String> f = new java.util.LinkedHashMap<>(RxEntryFields.of(java.util.Objects.requireNonNull(view.rx())));
        for (String eye : List.of("od", "os")) {
            if (view.kind() == RxKind.SPECTACLES && f.get(eye + ".sph").equals("0.00")) {
                f.put(eye + ".sph", "PL");
            }
        }
        if ("12".equals(f.get("vertex"))) {
            f.put("vertex", "");
        }
        return f;
    }

    private static String prism(Map<String, String> f, String eye) {
        String h = f.get(eye + ".prismH").isEmpty() ? "" : f.get(eye + ".prismH") + " " + f.get(eye + ".prismHBase");
        String v = f.get(eye + ".prismV").isEmpty() ? "" : f.get(eye + ".prismV") + " " + f.get(eye + ".prismVBase");
        return h.isEmpty() ? v : v.isEmpty() ? h : h + ", " + v;
    }

    private static String dash(String value) {
        return value.isEmpty() ? "–" : value;
    }

    /** The expiry as a customer should read it: expired, expiring soon, or valid until. */
    public record Expiry(String text, String tone) {
        public boolean flagged() {
            return !tone.equals("ok");
        }
    }

    public static Expiry expiry(PrescriptionView view, LocalDate today) {
        String until = date(view.expiresOn()) + (view.expiryFromPolicy() ? " (usual validity)" : "");
        if (view.expiredOn(today)) {
            return new Expiry("Expired on " + until, "expired");
        }
        long days = ChronoUnit.DAYS.between(today, view.expiresOn());
        if (days <= EXPIRY_WARNING_DAYS) {
            String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
            return new Expiry("Expires " + when + ", on " + until, "soon");
        }
        return new Expiry("Valid until " + until, "ok");
    }

    /** One labelled value of a version. */
    public record Row(String label, String value) {
    }

    /** Every value of a version in paper order, then the facts around it. */
    public static List<Row> rows(PrescriptionView view) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> f = view.rx() == null ? Map.of() : displayed(view);
        for (String eye : List.of("od", "os")) {
            String who = eye.equals("od") ? "Right (OD) " : "Left (OS) ";
            if (view.kind() == RxKind.CONTACT_LENSES) {
                rows.add(new Row(who + "brand", f.getOrDefault(eye + ".brand", "")));
                rows.add(new Row(who + "power", f.getOrDefault(eye + ".sph", "")));
                rows.add(new Row(who + "BC", f.getOrDefault(eye + ".bc", "")));
                rows.add(new Row(who + "DIA", f.getOrDefault(eye + ".dia", "")));
                rows.add(new Row(who + "CYL", f.getOrDefault(eye + ".cyl", "")));
                rows.add(new Row(who + "AXIS", f.getOrDefault(eye + ".axis", "")));
                rows.add(new Row(who + "ADD", f.getOrDefault(eye + ".add", "")));
            } else {
                rows.add(new Row(who + "SPH", f.getOrDefault(eye + ".sph", "")));
                rows.add(new Row(who + "CYL", f.getOrDefault(eye + ".cyl", "")));
                rows.add(new Row(who + "AXIS", f.getOrDefault(eye + ".axis", "")));
                rows.add(new Row(who + "ADD", f.getOrDefault(eye + ".add", "")));
                rows.add(new Row(who + "prism", f.isEmpty() ? "" : prism(f, eye)));
                rows.add(new Row(who + "fitting height", f.getOrDefault(eye + ".height", "")));
            }
        }
        if (view.kind() == RxKind.SPECTACLES) {
            rows.add(new Row("PD", f.getOrDefault("pd", "")));
            rows.add(new Row("PD right / left", f.getOrDefault("pd.right", "").isEmpty() ? ""
                    : f.get("pd.right") + " / " + f.get("pd.left")));
            rows.add(new Row("Near PD", f.getOrDefault("pd.near", "")));
            rows.add(new Row("Vertex distance", f.getOrDefault("vertex", "")));
        }
        rows.add(new Row("Issued", date(view.issuedOn())));
        rows.add(new Row("Expires", date(view.expiresOn()) + (view.expiryFromPolicy() ? " (usual validity)" : "")));
        rows.add(new Row("Prescriber", Objects.requireNonNullElse(view.prescriber(), "")));
        rows.add(new Row("Notes", Objects.requireNonNullElse(view.notes(), "")));
        rows.add(new Row("Source", view.source().label()));
        rows.add(new Row("Status", view.status().label()));
        return rows;
    }

    /** One row of a side-by-side comparison. */
    public record Compared(String label, String before, String after, boolean changed) {
    }

    /** The rows of two versions side by side; rows empty in both are left out. */
    public static List<Compared> compare(PrescriptionView before, PrescriptionView after) {
        List<Row> a = rows(before);
        List<Row> b = rows(after);
        List<Compared> rows = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            String old = i < a.size() ? a.get(i).value() : "";
            String now = b.get(i).value();
            if (old.isEmpty() && now.isEmpty()) {
                continue;
            }
            rows.add(new Compared(b.get(i).label(), old, now, !old.equals(now)));
        }
        return rows;
    }
}

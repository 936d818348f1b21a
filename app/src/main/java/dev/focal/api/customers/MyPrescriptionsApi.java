package dev.focal.api.customers;

import dev.focal.api.core.IdempotentPost;
import dev.focal.api.core.ProblemResponses;
import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.RxDocumentInfo;
import dev.focal.customers.RxKind;
import dev.focal.customers.Wearer;
import dev.focal.customers.WearerId;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.EyeRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxEntryFields;
import dev.focal.optics.RxReading;
import dev.focal.optics.SpectacleRx;
import dev.focal.api.core.ProblemResponses.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's prescriptions ({@code /api/v1/me/rx}, customer session only, see
 * {@link CustomerApiSecurityConfiguration}). Values travel as text fields named by their
 * {@link dev.focal.optics.RxField} keys ({@code "od.sph": "-2.25"}) and are read by the same optics engine as the
 * storefront form, so a bad value is a 400 naming its key with the engine's message. Health data: no-store.
 */
@RestController
@RequestMapping("/api/v1/me/rx")
class MyPrescriptionsApi {

    private static final int MAX_PRESCRIBER = 200;
    private static final int MAX_NOTES = 2000;

    private final MyPrescriptions prescriptions;
    private final Clock clock;
    private final IdempotentPost idempotent;

    MyPrescriptionsApi(MyPrescriptions prescriptions, Clock clock, IdempotentPost idempotent) {
        this.prescriptions = prescriptions;
        this.clock = clock;
        this.idempotent = idempotent;
    }

    @GetMapping
    ResponseEntity<PrescriptionList> list() {
        LocalDate today = LocalDate.now(clock);
        var items = prescriptions.list().stream().map(view -> RxJson.of(view, today)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new PrescriptionList(items));
    }

    @GetMapping("/{id}")
    ResponseEntity<RxJson> one(@PathVariable String id) {
        PrescriptionView view = prescriptions.get(idOf(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(RxJson.of(view, LocalDate.now(clock)));
    }

    /** Adds a prescription once per {@code Idempotency-Key} ({@link IdempotentPost}): 201, a repeat 200. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> add(@RequestHeader(name = IdempotentPost.HEADER, required = false) @Nullable String key,
                          @RequestBody NewPrescription body, HttpServletRequest request) {
        return idempotent.once(request, key, body, () -> add(body));
    }

    private ResponseEntity<RxJson> add(NewPrescription body) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        RxKind kind = kindOf(body.kind(), errors);
        WearerId wearer = wearerOf(body.wearer(), errors);
        OpticalRx rx = kind == null ? null : read(kind, body.rx(), errors);
        LocalDate issued = date("issuedOn", body.issuedOn(), true, errors);
        LocalDate expires = date("expiresOn", body.expiresOn(), false, errors);
        for (var problem : PrescriptionDraft.dateProblems(issued, expires, today)) {
            errors.add(new FieldError(problem.field(), problem.getMessage()));
        }
        String prescriber = text("prescriber", body.prescriber(), MAX_PRESCRIBER, errors);
        String notes = text("notes", body.notes(), MAX_NOTES, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRxBody(errors);
        }
        PrescriptionId id = prescriptions.add(new PrescriptionDraft(wearer, kind, rx, issued, expires, prescriber,
                notes));
        PrescriptionView view = prescriptions.get(id);
        return ResponseEntity.created(URI.create("/api/v1/me/rx/" + id)).cacheControl(CacheControl.noStore())
                .body(RxJson.of(view, today));
    }

    private static @Nullable RxKind kindOf(@Nullable String text, List<FieldError> errors) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "SPECTACLES", "GLASSES" -> RxKind.SPECTACLES;
            case "CONTACT_LENSES" -> RxKind.CONTACT_LENSES;
            default -> {
                errors.add(new FieldError("kind", "Say which kind of prescription this is: SPECTACLES or CONTACT_LENSES."));
                yield null;
            }
        };
    }

    /** The named wearer of the signed-in customer, or the account holder when none is named. */
    private @Nullable WearerId wearerOf(@Nullable String text, List<FieldError> errors) {
        List<Wearer> wearers = prescriptions.wearers();
        if (text == null || text.isBlank()) {
            return wearers.stream().filter(Wearer::accountHolder).findFirst().map(Wearer::id)
                    .orElseGet(() -> wearers.getFirst().id());
        }
        var found = wearers.stream().filter(w -> w.id().toString().equalsIgnoreCase(text.strip())).findFirst();
        if (found.isEmpty()) {
            errors.add(new FieldError("wearer", "No wearer with this ID on your account; leave it out for yourself."));
            return null;
        }
        return found.get().id();
    }

    private static @Nullable OpticalRx read(RxKind kind, @Nullable Map<String, String> fields,
                                            List<FieldError> errors) {
        if (fields == null || fields.isEmpty()) {
            errors.add(new FieldError("rx", "Send the values as \"rx\": {\"od.sph\": \"-2.25\", ...}."));
            return null;
        }
        List<String> known = kind == RxKind.SPECTACLES ? RxEntryFields.SPECTACLE_KEYS : RxEntryFields.CONTACT_LENS_KEYS;
        int before = errors.size();
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, "Not a field of a " + (kind == RxKind.SPECTACLES ? "spectacle"
                        : "contact-lens") + " prescription. Use " + String.join(", ", known) + "."));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        RxReading<? extends OpticalRx> reading = kind == RxKind.SPECTACLES
                ? RxEntryFields.spectacles(fields::get).read()
                : RxEntryFields.contactLenses(fields::get).read();
        reading.problems().forEach(problem -> errors.add(new FieldError(problem.field().key(), problem.message())));
        return reading.rx();
    }

    private static @Nullable LocalDate date(String field, @Nullable String text, boolean required,
                                            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Enter the date as written on the prescription, like 2026-03-14."));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Write the date as year-month-day, like 2026-03-14."));
            return null;
        }
    }

    private static @Nullable String text(String field, @Nullable String text, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            errors.add(new FieldError(field, "Use at most " + max + " characters."));
        }
        return text.strip();
    }

    private static PrescriptionId idOf(String text) {
        try {
            return PrescriptionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new PrescriptionNotFound();
        }
    }

    @ExceptionHandler(InvalidRxBody.class)
    ProblemDetail invalidBody(InvalidRxBody e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.errors, request.getRequestURI());
    }

    /** Every bad field of a request body at once. */
    static final class InvalidRxBody extends IllegalArgumentException {
        final List<FieldError> errors;

        InvalidRxBody(List<FieldError> errors) {
            super(errors.getFirst().message());
            this.errors = List.copyOf(errors);
        }
    }

    /**
     * A prescription to add: {@code kind} SPECTACLES or CONTACT_LENSES, {@code wearer} (optional; the account
     * holder when left out), {@code rx} the values by field key, dates as {@code 2026-03-14} ({@code expiresOn}
     * optional: the usual validity when left out), {@code prescriber} and {@code notes} optional.
     */
    record NewPrescription(@Nullable String kind, @Nullable String wearer, @Nullable Map<String, String> rx,
                           @Nullable String issuedOn, @Nullable String expiresOn, @Nullable String prescriber,
                           @Nullable String notes) {
    }

    record PrescriptionList(List<RxJson> items) {
    }

    record WearerJson(String id, String name) {
    }

    record Message(String field, String message) {
    }

    /** Each eye as an optician writes it: {@code -2.25 -0.50 x 180 add +2.00}. */
    record Written(String od, String os) {
    }

    /**
     * Both eyes of a spectacle prescription in Focal's canonical minus-cylinder form
     * ({@link SpectacleRx#minusCylinderForm()}): a plus-cylinder prescription comes transposed, a minus-cylinder or
     * spherical one as written.
     */
    record Canonical(CanonicalEye od, CanonicalEye os) {
        static Canonical of(SpectacleRx rx) {
            SpectacleRx minus = rx.minusCylinderForm();
            return new Canonical(CanonicalEye.of(minus.right()), CanonicalEye.of(minus.left()));
        }
    }

    /** One eye in minus-cylinder form: signed diopters, two decimals; the axis in degrees (null without cylinder). */
    record CanonicalEye(String sphere, String cylinder, @Nullable Integer axis) {
        static CanonicalEye of(EyeRx eye) {
            return new CanonicalEye(signed(eye.sphere().diopters()), signed(eye.cylinder().diopters()),
                    eye.axis() == null ? null : eye.axis().degrees());
        }

        private static String signed(BigDecimal value) {
            BigDecimal v = value.setScale(2, RoundingMode.HALF_EVEN);
            return v.signum() > 0 ? "+" + v.toPlainString() : v.signum() == 0 ? "0.00" : v.toPlainString();
        }
    }

    record DocumentJson(String id, String fileName, String contentType, long size, Instant uploadedAt) {
        static DocumentJson of(RxDocumentInfo info) {
            return new DocumentJson(info.id().toString(), info.fileName(), info.contentType(), info.size(),
                    info.uploadedAt());
        }
    }

    /**
     * One prescription (its current version). {@code values} holds the non-empty fields by key, as the engine
     * writes them back; {@code written} each eye as an optician writes it; all three are null while an uploaded
     * document waits to be transcribed. {@code canonical} is each eye of a spectacle prescription in minus-cylinder
     * form (null for contact lenses).
     */
    record RxJson(String id, int version, long lockVersion, String kind, WearerJson wearer,
                  @Nullable Map<String, String> values, @Nullable Written written, @Nullable Canonical canonical,
                  LocalDate issuedOn,
                  LocalDate expiresOn, boolean expiryFromPolicy, boolean expired, @Nullable String prescriber,
                  String source, String status, @Nullable String rejectionReason, @Nullable String notes,
                  List<Message> warnings, List<DocumentJson> documents, Instant createdAt) {

        static RxJson of(PrescriptionView view, LocalDate today) {
            Map<String, String> values = null;
            Written written = null;
            Canonical canonical = null;
            if (view.rx() != null) {
                values = new LinkedHashMap<>();
                for (var field : RxEntryFields.of(view.rx()).entrySet()) {
                    if (!field.getValue().isEmpty()) {
                        values.put(field.getKey(), field.getValue());
                    }
                }
                written = switch (view.rx()) {
                    case SpectacleRx s -> new Written(s.right().toString(), s.left().toString());
                    case ContactLensRx c -> new Written(c.right().toString(), c.left().toString());
                };
                if (view.rx() instanceof SpectacleRx s) {
                    canonical = Canonical.of(s);
                }
            }
            return new RxJson(view.id().toString(), view.version(), view.lockVersion(), view.kind().name(),
                    new WearerJson(view.wearer().toString(), view.wearerName()), values, written, canonical,
                    view.issuedOn(),
                    view.expiresOn(), view.expiryFromPolicy(), view.expiredOn(today), view.prescriber(),
                    view.source().name(), view.status().name(), view.rejectionReason(), view.notes(),
                    view.warnings().stream().map(w -> new Message(w.field().key(), w.message())).toList(),
                    view.documents().stream().map(DocumentJson::of).toList(), view.createdAt());
        }
    }
}

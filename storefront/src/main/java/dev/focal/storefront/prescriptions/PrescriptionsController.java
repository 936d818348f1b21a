package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.RxKind;
import dev.focal.customers.Wearer;
import dev.focal.customers.WearerId;
import dev.focal.optics.RxWarning;
import dev.focal.storefront.shell.Chrome;
import dev.focal.storefront.shell.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My prescriptions": the list grouped by wearer, one prescription with its version history side by side, the
 * add and change forms (a paper-like OD/OS table read by the optics engine, each problem at its field), and the
 * JSON check the form's script calls on blur. Health data: every response is {@code Cache-Control: no-store}.
 * Nothing is saved half-valid: a new family member and the prescription for them are written in one transaction.
 */
@Controller
@RequestMapping("/account/prescriptions")
class PrescriptionsController {

    static final String BASE = "/account/prescriptions";

    private final MyPrescriptions prescriptions;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PrescriptionsController(MyPrescriptions prescriptions, Clock clock, PlatformTransactionManager transactions) {
        this.prescriptions = prescriptions;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs before every handler of this controller: prescriptions are health data, never kept by a cache. */
    @ModelAttribute
    void noStore(HttpServletResponse response) {
        noStoreHeaders(response);
    }

    static void noStoreHeaders(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    }

    // list and family members ------------------------------------------------------------------------------

    @GetMapping
    String list(Model model) {
        model.addAttribute("page", listPage(new FormErrors(), "", ""));
        return "prescriptions/list";
    }

    @PostMapping("/wearers")
    String addWearer(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String birthDate,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var errors = new FormErrors();
        LocalDate born = null;
        if (name.isBlank()) {
            errors.reject("name", "Enter the name of the family member.");
        }
        if (!birthDate.isBlank()) {
            born = PrescriptionForm.parseDate(birthDate);
            if (born == null) {
                errors.reject("birthDate", "Enter the birth date like 2015-06-30 (year, month, day), or leave it empty.");
            } else if (born.isAfter(today())) {
                errors.reject("birthDate", "The birth date cannot be in the future.");
            }
        }
        if (!errors.any()) {
            try {
                prescriptions.addWearer(name.strip(), born);
            } catch (InvalidPrescription invalid) {
                errors.reject(invalid.field().equals("birthDate") ? "birthDate" : "name", invalid.getMessage());
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", listPage(errors, name, birthDate));
            return "prescriptions/list";
        }
        redirect.addFlashAttribute(Chrome.NOTICE, name.strip() + " is on your account now. Add their prescription below.");
        return "redirect:" + BASE;
    }

    private PrescriptionsPage listPage(FormErrors errors, String newName, String newBirthDate) {
        List<Wearer> wearers = prescriptions.wearers();
        List<PrescriptionView> all = prescriptions.list();
        var groups = wearers.stream()
                .map(wearer -> new PrescriptionsPage.WearerGroup(wearer,
                        all.stream().filter(p -> p.wearer().equals(wearer.id())).toList()))
                .toList();
        return new PrescriptionsPage(groups, today(), errors, newName, newBirthDate);
    }

    // add --------------------------------------------------------------------------------------------------

    @GetMapping("/new")
    String addForm(@RequestParam(defaultValue = "SPECTACLES") String kind,
                   @RequestParam(required = false) @Nullable String wearer, Model model) {
        List<Wearer> wearers = prescriptions.wearers();
        var form = PrescriptionForm.blank(kindOf(kind), null);
        form.set("wearer", wearers.stream().filter(w -> w.id().toString().equals(wearer)).findFirst()
                .or(() -> wearers.stream().filter(Wearer::accountHolder).findFirst())
                .map(w -> w.id().toString()).orElse(""));
        model.addAttribute("page", new PrescriptionFormPage(form, form.kind(), new FormErrors(), List.of(), wearers,
                null, null));
        return "prescriptions/form";
    }

    @PostMapping
    String add(@RequestParam Map<String, String> parameters, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        var form = PrescriptionForm.of(parameters);
        List<Wearer> wearers = prescriptions.wearers();
        var reading = form.read(today());
        var errors = reading.errors();
        WearerId chosen = wearerOf(form, wearers, errors);
        if (!reading.valid() || errors.any()) {
            return formAgain(form, reading, wearers, null, null, HttpStatus.UNPROCESSABLE_CONTENT, model, response);
        }
        PrescriptionId id;
        try {
            id = Objects.requireNonNull(transaction.execute(status -> {
                WearerId wearer = form.newWearer()
                        ? prescriptions.addWearer(form.get("newWearerName").strip(), form.newWearerBirthDate())
                        : chosen;
                return prescriptions.add(draft(wearer, form.kind(), reading));
            }));
        } catch (InvalidPrescription invalid) {
            errors.reject(formKey(invalid.field()), invalid.getMessage());
            return formAgain(form, reading, wearers, null, null, HttpStatus.UNPROCESSABLE_CONTENT, model, response);
        }
        redirect.addFlashAttribute(Chrome.NOTICE, reading.warnings().isEmpty()
                ? "Your prescription is saved."
                : "Your prescription is saved. Please look at the notes on it: something is unusual.");
        return "redirect:" + BASE + "/" + id;
    }

    /** The whole entry checked as the form would be on submit, for the form's script; saves nothing. */
    @PostMapping("/check")
    @ResponseBody
    CheckResult check(@RequestParam Map<String, String> parameters) {
        var form = PrescriptionForm.of(parameters);
        var reading = form.read(today());
        return new CheckResult(!reading.errors().any(),
                reading.errors().all().entrySet().stream().map(e -> new Message(e.getKey(), e.getValue())).toList(),
                reading.warnings().stream().map(w -> new Message(w.field().key(), w.message())).toList());
    }

    record CheckResult(boolean valid, List<Message> problems, List<Message> warnings) {
    }

    record Message(String field, String message) {
    }

    // one prescription ---------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version, Model model) {
        PrescriptionId prescription = idOf(id);
        PrescriptionView view = prescriptions.get(prescription);
        List<PrescriptionView> versions = prescriptions.history(prescription);
        int wanted = version == null ? view.version() : version;
        PrescriptionView shown = versions.stream().filter(v -> v.version() == wanted).findFirst().orElse(view);
        PrescriptionView previous = versions.stream().filter(v -> v.version() == shown.version() - 1).findFirst()
                .orElse(null);
        var comparison = previous == null ? List.<RxDisplay.Compared>of() : RxDisplay.compare(previous, shown);
        model.addAttribute("page", new PrescriptionPage(view, today(), versions, shown, previous, comparison));
        return "prescriptions/show";
    }

    // change ------------------------------------------------------------------------------------------------

    @GetMapping("/{id}/change")
    String changeForm(@PathVariable String id, Model model) {
        PrescriptionView view = prescriptions.get(idOf(id));
        var form = PrescriptionForm.from(view);
        model.addAttribute("page", new PrescriptionFormPage(form, view.kind(), new FormErrors(), List.of(),
                prescriptions.wearers(), view, null));
        return "prescriptions/form";
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @RequestParam Map<String, String> parameters, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        PrescriptionId prescription = idOf(id);
        PrescriptionView current = prescriptions.get(prescription);
        var form = PrescriptionForm.of(parameters);
        // kind and wearer belong to the prescription; a change is of its values
        form.set("kind", current.kind().name());
        form.set("wearer", current.wearer().toString());
        List<Wearer> wearers = prescriptions.wearers();
        var reading = form.read(today());
        if (!reading.valid()) {
            return formAgain(form, reading, wearers, current, null, HttpStatus.UNPROCESSABLE_CONTENT, model, response);
        }
        try {
            prescriptions.amend(prescription, form.lockVersion(), draft(current.wearer(), current.kind(), reading));
        } catch (PrescriptionChanged changed) {
            // keep what was typed; the form now holds the latest lock version, so saving again is a choice made
            // knowingly after looking at the latest version
            PrescriptionView latest = prescriptions.get(prescription);
            form.set("lockVersion", Long.toString(latest.lockVersion()));
            return formAgain(form, reading, wearers, latest, changed.getMessage(), HttpStatus.CONFLICT, model, response);
        } catch (InvalidPrescription invalid) {
            reading.errors().reject(formKey(invalid.field()), invalid.getMessage());
            return formAgain(form, reading, wearers, current, null, HttpStatus.UNPROCESSABLE_CONTENT, model, response);
        }
        redirect.addFlashAttribute(Chrome.NOTICE, "Saved as version " + (current.version() + 1)
                + ". The earlier version stays in the history below.");
        return "redirect:" + BASE + "/" + prescription;
    }

    // shared -----------------------------------------------------------------------------------------------

    private String formAgain(PrescriptionForm form, PrescriptionForm.Reading reading, List<Wearer> wearers,
                             @Nullable PrescriptionView current, @Nullable String problem, HttpStatus status,
                             Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        List<RxWarning> warnings = reading.warnings();
        model.addAttribute("page", new PrescriptionFormPage(form, form.kind(), reading.errors(), warnings, wearers,
                current, problem));
        return "prescriptions/form";
    }

    private static PrescriptionDraft draft(WearerId wearer, RxKind kind, PrescriptionForm.Reading reading) {
        return new PrescriptionDraft(wearer, kind, reading.rx(), Objects.requireNonNull(reading.issuedOn()),
                reading.expiresOn(), reading.prescriber(), reading.notes());
    }

    /** The chosen wearer (the account holder when none is sent); null for a new family member (created on save) or a bad choice. */
    static @Nullable WearerId wearerOf(PrescriptionForm form, List<Wearer> wearers, FormErrors errors) {
        if (form.newWearer()) {
            return null;
        }
        String chosen = form.get("wearer").strip();
        if (chosen.isEmpty()) {
            // the form always sends a choice; a bare post means the account holder, as in the API
            return wearers.stream().filter(Wearer::accountHolder).findFirst().map(Wearer::id).orElse(null);
        }
        var wearer = wearers.stream().filter(w -> w.id().toString().equals(chosen)).findFirst();
        if (wearer.isEmpty()) {
            errors.reject("wearer", "Choose whose prescription this is.");
            return null;
        }
        return wearer.get().id();
    }

    /** The form input a service field key belongs to. */
    static String formKey(String serviceField) {
        return switch (serviceField) {
            case "name" -> "newWearerName";
            case "birthDate" -> "newWearerBirthDate";
            default -> serviceField;
        };
    }

    static RxKind kindOf(String text) {
        return PrescriptionForm.kindOf(text);
    }

    static PrescriptionId idOf(String text) {
        try {
            return PrescriptionId.parse(text);
        } catch (IllegalArgumentException notAnId) {
            throw new PrescriptionNotFound();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Someone else's prescription (or a made-up ID) is simply not there. */
    @ExceptionHandler(PrescriptionNotFound.class)
    void notFound(HttpServletResponse response) throws java.io.IOException {
        noStoreHeaders(response);
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}

package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionExceptions.RxDocumentRejected;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.RxDocumentId;
import dev.focal.customers.RxKind;
import dev.focal.customers.StoredRxDocument;
import dev.focal.customers.Wearer;
import dev.focal.customers.WearerId;
import dev.focal.storefront.shell.Chrome;
import dev.focal.storefront.shell.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Prescription documents of the signed-in customer: upload a photo or scan (PDF, JPEG, PNG up to 10 MB; the
 * customers context checks the type by content and the size, its refusal is shown at the file field) to an
 * existing prescription or as a new one for an optician to transcribe, and download one's own documents.
 */
@Controller
@RequestMapping(PrescriptionsController.BASE)
class PrescriptionDocumentsController {

    private final MyPrescriptions prescriptions;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PrescriptionDocumentsController(MyPrescriptions prescriptions, Clock clock, PlatformTransactionManager transactions) {
        this.prescriptions = prescriptions;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ModelAttribute
    void noStore(HttpServletResponse response) {
        PrescriptionsController.noStoreHeaders(response);
    }

    @GetMapping("/upload")
    String uploadForm(@RequestParam(required = false) @Nullable String to,
                      @RequestParam(defaultValue = "SPECTACLES") String kind,
                      @RequestParam(required = false) @Nullable String tooLarge, Model model,
                      HttpServletResponse response) {
        List<Wearer> wearers = prescriptions.wearers();
        PrescriptionView attachTo = to == null || to.isBlank() ? null
                : prescriptions.get(PrescriptionsController.idOf(to));
        var form = PrescriptionForm.blank(PrescriptionForm.kindOf(kind), null);
        wearers.stream().filter(Wearer::accountHolder).findFirst().ifPresent(w -> form.set("wearer", w.id().toString()));
        var errors = new FormErrors();
        if (tooLarge != null) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            errors.reject("document", "This file is larger than 10 MB. Take a photo at a lower resolution, or save "
                    + "the scan as a smaller PDF, and try again.");
        }
        model.addAttribute("page", new UploadPage(wearers, attachTo, form, errors));
        return "prescriptions/upload";
    }

    @PostMapping("/upload")
    String upload(@RequestParam Map<String, String> parameters,
                  @RequestParam(name = "document", required = false) @Nullable MultipartFile document,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var form = PrescriptionForm.of(parameters);
        List<Wearer> wearers = prescriptions.wearers();
        String to = parameters.getOrDefault("to", "");
        PrescriptionView attachTo = to.isBlank() ? null : prescriptions.get(PrescriptionsController.idOf(to));
        var errors = new FormErrors();
        WearerId chosen = null;
        if (attachTo == null) {
            chosen = PrescriptionsController.wearerOf(form, wearers, errors);
            if (form.newWearer()) {
                // the same checks as on the prescription form, for the name and birth date only
                var reading = form.read(LocalDate.now(clock));
                for (String key : List.of("newWearerName", "newWearerBirthDate")) {
                    if (reading.errors().has(key)) {
                        errors.reject(key, Objects.requireNonNull(reading.errors().get(key)));
                    }
                }
            }
        }
        if (document == null || document.isEmpty()) {
            errors.reject("document", "Choose a file: a photo or scan of your prescription (PDF, JPEG or PNG, up to 10 MB).");
        }
        if (!errors.any()) {
            WearerId wearer = chosen;
            RxKind kind = attachTo == null ? form.kind() : attachTo.kind();
            String fileName = document.getOriginalFilename() == null ? "prescription" : document.getOriginalFilename();
            byte[] content = document.getBytes();
            try {
                PrescriptionId id = Objects.requireNonNull(transaction.execute(status -> {
                    WearerId who = attachTo != null ? attachTo.wearer()
                            : form.newWearer() ? prescriptions.addWearer(form.get("newWearerName").strip(),
                            form.newWearerBirthDate()) : wearer;
                    return prescriptions.upload(attachTo == null ? null : attachTo.id(), who, kind, fileName,
                            content);
                }));
                redirect.addFlashAttribute(Chrome.NOTICE, "Thank you, we have your document. An optician "
                        + "will check it" + (attachTo == null ? " and enter the values" : "")
                        + "; until then it shows as awaiting verification.");
                return "redirect:" + PrescriptionsController.BASE + "/" + id;
            } catch (RxDocumentRejected rejected) {
                errors.reject(rejected);
            } catch (InvalidPrescription invalid) {
                errors.reject(PrescriptionsController.formKey(invalid.field()), invalid.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new UploadPage(wearers, attachTo, form, errors));
        return "prescriptions/upload";
    }

    /** The customer's own document, as a download that no cache keeps. */
    @GetMapping("/{id}/documents/{document}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String document) {
        PrescriptionView view = prescriptions.get(PrescriptionsController.idOf(id));
        RxDocumentId documentId;
        try {
            documentId = RxDocumentId.parse(document);
        } catch (IllegalArgumentException notAnId) {
            throw new PrescriptionNotFound("This document was not found.");
        }
        if (view.documents().stream().noneMatch(d -> d.id().equals(documentId))) {
            throw new PrescriptionNotFound("This document was not found.");
        }
        StoredRxDocument stored = prescriptions.document(documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.info().contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }

    @ExceptionHandler(PrescriptionNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        PrescriptionsController.noStoreHeaders(response);
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}

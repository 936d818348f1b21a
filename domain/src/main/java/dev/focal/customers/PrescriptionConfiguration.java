package dev.focal.customers;

import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;

/**
 * Prescription storage settings: the encryption keys (ADR 0012), where documents live, and the jurisdiction whose
 * expiry policy applies. A missing key stops the start with {@link RxKeyMissing} (outside demo mode).
 */
@Configuration(proxyBeanMethods = false)
class PrescriptionConfiguration {

    @Bean
    RxKeyring rxKeyring(@Value("${focal.rx.key:}") String key, @Value("${focal.rx.previous-keys:}") String previous,
                        @Value("${focal.demo:false}") boolean demo, @Value("${focal.data-dir}") String dataDir) {
        return RxKeyring.load(key, previous, demo, Path.of(dataDir));
    }

    @Bean
    RxDocumentFiles rxDocumentFiles(RxKeyring keys, @Value("${focal.data-dir}") String dataDir) {
        return new RxDocumentFiles(Path.of(dataDir, "rx-documents"), keys);
    }

    @Bean
    RxDocumentQuota rxDocumentQuota(@Value("${focal.rx.documents-per-customer:20}") int documents,
                                    @Value("${focal.rx.document-bytes-per-customer:100MB}") DataSize bytes) {
        return new RxDocumentQuota(documents, bytes.toBytes());
    }

    @Bean
    RxJurisdiction rxJurisdiction(@Value("${focal.rx.jurisdiction:US}") String jurisdiction) {
        return RxJurisdiction.of(jurisdiction);
    }

    /** Refuses to start when the configured jurisdiction has no expiry policy for both kinds of prescription. */
    @Bean
    @Order(5)
    ApplicationRunner rxExpiryPolicyPresent(PrescriptionStore store, RxJurisdiction jurisdiction) {
        return args -> {
            for (RxKind kind : RxKind.values()) {
                if (store.policyMonths(jurisdiction.code(), kind).isEmpty()) {
                    throw new IllegalStateException("FOCAL_RX_JURISDICTION is " + jurisdiction.code() + ", but the "
                            + "rx_expiry_policy table has no row for it (or its country) and " + kind + ". Add one "
                            + "with a migration, or choose a jurisdiction that has one (US, US-CA, DE, GB, CA, ...).");
                }
            }
        };
    }

    /** At start: removes document files without a row (left by a crash between writing the file and committing). */
    @Bean
    @Order(6)
    ApplicationRunner rxDocumentOrphans(RxDocumentFiles files, PrescriptionStore store, java.time.Clock clock) {
        return args -> {
            int removed = files.removeOrphans(id -> store.document(new RxDocumentId(id)).isPresent(),
                    java.time.Duration.ofHours(1), clock.instant());
            if (removed > 0) {
                LoggerFactory.getLogger(PrescriptionConfiguration.class)
                        .info("Removed {} prescription document file(s) that no row pointed at", removed);
            }
        };
    }

    /**
     * How many prescription documents one customer may keep, and how many bytes they may take together, so that
     * one account cannot fill the disk (ADR 0020). Counts every upload, the customer's own and the counter's.
     */
    record RxDocumentQuota(int documents, long bytes) {

        RxDocumentQuota {
            if (documents < 1 || bytes < PrescriptionDocuments.MAX_DOCUMENT_BYTES) {
                throw new IllegalStateException("FOCAL_RX_DOCUMENTS_PER_CUSTOMER must be at least 1 and "
                        + "FOCAL_RX_DOCUMENT_BYTES_PER_CUSTOMER at least 10MB (one document's limit).");
            }
        }

        /** @throws PrescriptionExceptions.RxDocumentRejected when one more document of {@code size} bytes is too many */
        void check(RxDocumentUsage used, long size) {
            if (used.documents() + 1 > documents) {
                throw new PrescriptionExceptions.RxDocumentRejected("This account already holds " + used.documents()
                        + " prescription documents, the most one account may keep. Nothing was uploaded; "
                        + "ask the store to remove documents that are no longer needed.");
            }
            if (used.bytes() + size > bytes) {
                throw new PrescriptionExceptions.RxDocumentRejected("This file would take this account's "
                        + "prescription documents past " + bytes / (1024 * 1024) + " MB together, the most one "
                        + "account may keep. Nothing was uploaded; upload a smaller scan, or ask the store to "
                        + "remove documents that are no longer needed.");
            }
        }
    }

    /** A customer's stored prescription documents: how many, and their size together. */
    record RxDocumentUsage(long documents, long bytes) {
    }

    /** The jurisdiction whose expiry policy applies: an ISO 3166 code, optionally with a subdivision. */
    record RxJurisdiction(String code) {

        static RxJurisdiction of(String text) {
            String code = text.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
                throw new IllegalStateException("FOCAL_RX_JURISDICTION must be a country code like US or DE, "
                        + "optionally with a region like US-CA; it is '" + text + "'.");
            }
            return new RxJurisdiction(code);
        }
    }
}

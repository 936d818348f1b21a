package dev.focal.backoffice.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.Role;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backoffice uploads are limited on the server, not only by the browser's {@code maxFileSize}: an oversize file is
 * refused with a message, and a body longer than it claims is not read past the limit.
 */
@IntegrationTest
class BackofficeUploadLimitTest extends KaribuTest {

    @BeforeEach
    void open() {
        signInAs("importer", Role.ADMIN);
        UI.getCurrent().navigate(CatalogImportView.class);
    }

    @Test
    void a_csv_over_the_limit_is_refused_with_a_message_and_never_checked() {
        var view = _get(CatalogImportView.class);
        String before = view.summary.getText();

        UploadKt._upload(view.upload, "huge.csv", "text/csv", new byte[CatalogImportView.MAX_FILE_BYTES + 1]);

        assertThat(shownMessages()).anySatisfy(message -> assertThat(message)
                .startsWith("huge.csv is larger than 20 MB").contains("Nothing was stored"));
        assertThat(view.summary.getText()).as("no dry run").isEqualTo(before);
        assertThat(view.apply.isEnabled()).isFalse();
    }

    @Test
    void a_body_longer_than_its_declared_size_is_not_read_past_the_limit() throws Exception {
        var view = _get(CatalogImportView.class);
        String before = view.summary.getText();
        var read = new AtomicLong();
        long sent = 3L * CatalogImportView.MAX_FILE_BYTES;
        var handler = UploadKt.get_handler(view.upload);

        handler.handleUploadRequest(new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "lying.csv", 100, "text/csv", view.upload.getElement(),
                part(endless(sent, read))));
        MockVaadin.clientRoundtrip(false);

        assertThat(read.get()).as("bytes read").isLessThanOrEqualTo(CatalogImportView.MAX_FILE_BYTES + 1L);
        assertThat(shownMessages()).anySatisfy(message -> assertThat(message).startsWith("lying.csv is larger than 20 MB"));
        assertThat(view.summary.getText()).isEqualTo(before);
    }

    @Test
    void a_file_within_the_limit_reaches_the_dry_run() {
        var view = _get(CatalogImportView.class);

        UploadKt._upload(view.upload, "small.csv", "text/csv", CatalogImportViewTest.file());

        assertThat(view.summary.getText()).startsWith("small.csv");
    }

    private static List<String> shownMessages() {
        return NotificationsKt.getNotifications().stream().map(notification -> notification.getElement().getProperty("text", "")).toList();
    }

    /** {@code length} bytes of CSV-ish text, counting what is read. */
    private static InputStream endless(long length, AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                if (read.get() >= length) {
                    return -1;
                }
                read.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                long left = length - read.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                read.addAndGet(n);
                return n;
            }
        };
    }

    private static Part part(InputStream content) {
        return new Part() {
            @Override
            public InputStream getInputStream() {
                return content;
            }

            @Override
            public String getContentType() {
                return "text/csv";
            }

            @Override
            public String getName() {
                return "file";
            }

            @Override
            public String getSubmittedFileName() {
                return "lying.csv";
            }

            @Override
            public long getSize() {
                return 100;
            }

            @Override
            public void write(String fileName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete() {
            }

            @Override
            public String getHeader(String name) {
                return null;
            }

            @Override
            public Collection<String> getHeaders(String name) {
                return List.of();
            }

            @Override
            public Collection<String> getHeaderNames() {
                return List.of();
            }
        };
    }
}

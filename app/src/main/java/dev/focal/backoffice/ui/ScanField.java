package dev.focal.backoffice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The field a barcode scanner types into. Keyboard-wedge scanners type the code and Enter; on Enter the field
 * hands the trimmed code to its {@link Listener}, clears itself and keeps the focus for the next scan. The
 * listener answers with an {@link Outcome}, which the field shows as a green flash (accepted), an amber flash
 * (accepted with a warning) or a red shake (refused), with a short beep of a different tone each, and as a
 * line of text under the field.
 *
 * <p>The same code scanned again within {@link #DUPLICATE_WINDOW_MILLIS} of the last one is ignored: a
 * scanner's double read or a shaky trigger finger must not count a unit twice. Where the browser has
 * {@code BarcodeDetector} a "Camera" button opens the camera in a dialog and scans from it.
 *
 * <p>Screens call {@link #focus()} after their own buttons act; dialogs opened from the screen should be
 * passed to {@link #refocusAfter(Dialog)}.
 */
public class ScanField extends Composite<Div> {

    /** Two scans of one code closer than this are one scan. */
    public static final long DUPLICATE_WINDOW_MILLIS = 1000;

    /** What a screen made of a scan. */
    public enum Kind {
        ACCEPTED("ok"), WARNING("warn"), REFUSED("bad");

        private final String cue;

        Kind(String cue) {
            this.cue = cue;
        }
    }

    /** The answer to a scan: how it went and what to tell the person scanning (may be empty). */
    public record Outcome(Kind kind, String message) {

        public static Outcome accepted(String message) {
            return new Outcome(Kind.ACCEPTED, message);
        }

        public static Outcome warning(String message) {
            return new Outcome(Kind.WARNING, message);
        }

        public static Outcome refused(String message) {
            return new Outcome(Kind.REFUSED, message);
        }
    }

    /** Handles one scanned (or typed) code. */
    @FunctionalInterface
    public interface Listener {
        Outcome scanned(String code);
    }

    private final TextField input = new TextField();
    private final Button camera = new Button("Camera", VaadinIcon.CAMERA.create());
    private final Span status = new Span();
    private Listener listener = code -> Outcome.accepted("");
    private Clock clock = Clock.systemUTC();
    private @Nullable String lastCode;
    private long lastAt;
    private @Nullable Outcome lastOutcome;

    public ScanField(String label) {
        input.setLabel(label);
        input.setPlaceholder("Scan or type, then Enter");
        input.setPrefixComponent(VaadinIcon.BARCODE.create());
        input.setAutofocus(true);
        input.setClearButtonVisible(false);
        input.addClassName("scan-input");
        // Eager so the value is on the server before the Enter key event arrives (both travel in order).
        input.setValueChangeMode(ValueChangeMode.EAGER);
        input.getElement().setAttribute("autocomplete", "off");
        input.getElement().setAttribute("autocapitalize", "off");
        input.getElement().setAttribute("spellcheck", "false");
        camera.addThemeVariants(ButtonVariant.LUMO_LARGE);
        camera.addClassName("scan-camera");
        camera.setVisible(false);
        status.addClassName("scan-status");

        input.addKeyDownListener(Key.ENTER, e -> {
            String code = input.getValue();
            input.clear();
            scan(code);
        });
        camera.addClickListener(e -> openCamera());

        var row = new Div(input, camera);
        row.addClassName("scan-row");
        getContent().addClassName("scan-field");
        getContent().add(row, status);
    }

    /** Who handles the scans; replaces the previous listener. */
    public ScanField onScan(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /** The clock that times duplicate scans; tests drive it. */
    public ScanField setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /**
     * Handles a code as if it was scanned: trims it, drops empty input and duplicates within the window, asks the
     * listener, gives the cue and takes the focus back. Returns what the listener answered, or empty when the
     * scan was ignored.
     */
    public Optional<Outcome> scan(@Nullable String raw) {
        String code = raw == null ? "" : raw.strip();
        focus();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (code.equals(lastCode) && now - lastAt < DUPLICATE_WINDOW_MILLIS) {
            return Optional.empty();
        }
        lastCode = code;
        lastAt = now;
        Outcome outcome;
        try {
            outcome = Objects.requireNonNull(listener.scanned(code));
        } catch (RuntimeException failed) {
            outcome = Outcome.refused(failed.getMessage() == null ? "That scan could not be handled." : failed.getMessage());
        }
        show(outcome);
        return Optional.of(outcome);
    }

    /** Shows an outcome (with flash and sound) that did not come from a scan, like a refused confirmation. */
    public void show(Outcome outcome) {
        lastOutcome = outcome;
        status.setText(outcome.message());
        status.getElement().setAttribute("kind", outcome.kind().cue);
        cue(outcome.kind());
    }

    /** Puts the text line under the field back to a neutral hint. */
    public void hint(String text) {
        lastOutcome = null;
        status.setText(text);
        status.getElement().removeAttribute("kind");
    }

    /** The last outcome shown, for tests and screens that want to repeat it. */
    public Optional<Outcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }

    /** The text under the field. */
    public String statusText() {
        return status.getText();
    }

    public void focus() {
        input.focus();
    }

    /** Takes the focus back when the dialog closes, so the scanner types into this field again. */
    public void refocusAfter(Dialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                focus();
            }
        });
    }

    public void setEnabled(boolean enabled) {
        input.setEnabled(enabled);
        camera.setEnabled(enabled);
    }

    public TextField input() {
        return input;
    }

    public Button cameraButton() {
        return camera;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        focus();
        camera.getElement().executeJs("return 'BarcodeDetector' in window && !!(navigator.mediaDevices"
                        + " && navigator.mediaDevices.getUserMedia)")
                .then(Boolean.class, supported -> camera.setVisible(Boolean.TRUE.equals(supported)));
        // When the focus falls to the page itself (a tap on empty space, a closed notification), take it back;
        // never steal it from another field or an open dialog.
        input.getElement().executeJs("""
                if (this.__focalRefocus) return;
                this.__focalRefocus = true;
                this.addEventListener('focusout', () => setTimeout(() => {
                  const active = document.activeElement;
                  if (this.isConnected && !this.disabled && (!active || active === document.body)
                      && !document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened], vaadin-confirm-dialog[opened]')) {
                    this.focus();
                  }
                }, 250));""");
    }

    private void cue(Kind kind) {
        input.getElement().executeJs("""
                const field = this;
                field.removeAttribute('scan-cue');
                void field.offsetWidth;
                field.setAttribute('scan-cue', $0);
                clearTimeout(field.__focalCue);
                field.__focalCue = setTimeout(() => field.removeAttribute('scan-cue'), 700);
                try {
                  const Ctx = window.AudioContext || window.webkitAudioContext;
                  if (!Ctx) return;
                  const ctx = window.__focalAudio || (window.__focalAudio = new Ctx());
                  if (ctx.state === 'suspended') ctx.resume();
                  const tones = $0 === 'ok' ? [[1320, 0.08]] : $0 === 'warn' ? [[660, 0.12], [880, 0.12]]
                      : [[220, 0.18], [180, 0.25]];
                  let at = ctx.currentTime;
                  for (const [frequency, seconds] of tones) {
                    const osc = ctx.createOscillator();
                    const gain = ctx.createGain();
                    osc.type = $0 === 'bad' ? 'square' : 'sine';
                    osc.frequency.value = frequency;
                    gain.gain.setValueAtTime(0.12, at);
                    gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
                    osc.connect(gain).connect(ctx.destination);
                    osc.start(at);
                    osc.stop(at + seconds);
                    at += seconds + 0.03;
                  }
                } catch (e) { /* no sound is no reason to fail a scan */ }""", kind.cue);
    }

    private void openCamera() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Scan with the camera");
        dialog.addClassName("scan-camera-dialog");
        var view = new CameraView(code -> {
            dialog.close();
            scan(code);
        });
        var close = new Button("Close", e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.add(view);
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.stop();
            }
        });
        refocusAfter(dialog);
        dialog.open();
        view.start();
    }

    /**
     * The camera picture inside the dialog: getUserMedia + BarcodeDetector in the browser, calling back
     * {@link #detected(String)} with the first code it reads.
     */
    public static final class CameraView extends Div {

        private final Consumer<String> onCode;
        private boolean done;

        CameraView(Consumer<String> onCode) {
            this.onCode = onCode;
            addClassName("scan-camera-view");
            add(new Span("Hold the barcode in front of the camera."));
        }

        void start() {
            getElement().executeJs("""
                    const host = this;
                    const video = document.createElement('video');
                    video.setAttribute('playsinline', '');
                    video.muted = true;
                    host.appendChild(video);
                    let stream = null, timer = null, stopped = false;
                    host.__stop = () => {
                      stopped = true;
                      clearTimeout(timer);
                      if (stream) stream.getTracks().forEach(t => t.stop());
                    };
                    navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false})
                      .then(async s => {
                        stream = s;
                        if (stopped) { host.__stop(); return; }
                        video.srcObject = s;
                        await video.play();
                        const detector = new BarcodeDetector();
                        const look = async () => {
                          if (stopped) return;
                          try {
                            const codes = await detector.detect(video);
                            if (codes.length > 0 && codes[0].rawValue) {
                              host.__stop();
                              host.$server.detected(codes[0].rawValue);
                              return;
                            }
                          } catch (e) { /* a frame that cannot be read yet */ }
                          timer = setTimeout(look, 150);
                        };
                        look();
                      })
                      .catch(e => host.$server.failed(String(e && e.message || e)));""");
        }

        void stop() {
            getElement().executeJs("if (this.__stop) this.__stop();");
        }

        @ClientCallable
        void detected(String code) {
            if (!done) {
                done = true;
                onCode.accept(code);
            }
        }

        @ClientCallable
        void failed(String message) {
            removeAll();
            var text = new Span("The camera cannot be used: " + message);
            text.addClassName("scan-camera-error");
            add(text);
        }
    }
}

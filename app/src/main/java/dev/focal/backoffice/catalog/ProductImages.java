package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.FormMarks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.focal.backoffice.ui.BoundedUpload;
import dev.focal.catalog.CatalogExceptions.InvalidImage;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.MediaId;
import dev.focal.catalog.MediaSize;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductMedia;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product's images: thumbnails in their order (the first is the main image), upload with the core Upload
 * component, and for editors moving and deleting. The files are checked by {@link ProductMedia}; a refused
 * file is named with the reason.
 */
class ProductImages extends Div {

    /** Largest image accepted, by the browser and again by the server. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    static final String NO_COLOUR = "";

    final Upload upload;
    final Select<String> colour = new Select<>();
    final TextField alt = new TextField("Description (alt text)");
    final Span error = new Span();
    private final Div gallery = new Div();
    private final ProductMedia media;
    private final Runnable onChange;
    private final boolean editable;
    private ProductDetails product;

    ProductImages(ProductMedia media, ProductDetails product, boolean editable, Runnable onChange) {
        this.media = media;
        this.product = product;
        this.editable = editable;
        this.onChange = onChange;
        addClassName("product-images-panel");
        upload = new Upload(BoundedUpload.inMemory(MAX_FILE_BYTES, (metadata, bytes) ->
                receive(metadata.fileName(), metadata.contentType(), bytes), this::showError));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> showError(e.getFileName() + ": " + e.getErrorMessage()));
        colour.setLabel("Colour");
        colour.setEmptySelectionAllowed(true);
        colour.setEmptySelectionCaption("All colours");
        alt.setHelperText("Empty: brand and name.");
        alt.setWidth("18rem");
        error.addClassName("row-error");
        error.setVisible(false);
        gallery.addClassName("product-images");

        var hint = new Paragraph(ProductMedia.acceptedFormats() + ", at most 8 MB, at least 200 x 200 px. Scaled"
                + " copies for lists and product pages are made on upload.");
        hint.addClassName("hint");
        var controls = new Div(colour, alt);
        controls.addClassName("image-controls");
        if (editable) {
            add(hint, controls, upload, error);
        }
        add(gallery);
        show(product);
    }

    void show(ProductDetails product) {
        this.product = product;
        FrameSpec frame = product.draft().frame();
        var codes = new ArrayList<String>();
        if (frame != null) {
            frame.colours().forEach(c -> codes.add(c.code()));
        }
        colour.setItems(codes);
        colour.setVisible(frame != null);
        gallery.removeAll();
        List<ProductDetails.Media> images = product.media();
        if (images.isEmpty()) {
            gallery.add(new Span("No images yet."));
        }
        for (int i = 0; i < images.size(); i++) {
            gallery.add(card(images, i));
        }
    }

    /** Stores an uploaded file; package-private so tests can hand a file over as the Upload would. */
    void receive(String fileName, @Nullable String contentType, byte[] bytes) {
        error.setVisible(false);
        try {
            media.upload(product.id(), Formats.blankToNull(colour.getValue()), alt.getValue(), fileName, contentType, bytes);
            FormMarks.success(fileName + " added.");
            upload.clearFileList();
            onChange.run();
        } catch (InvalidImage invalid) {
            showError(invalid.getMessage());
        }
    }

    private Div card(List<ProductDetails.Media> images, int index) {
        var image = images.get(index);
        var id = MediaId.parse(image.id());
        var thumb = new Image(thumbnail(id), image.alt());
        thumb.setWidth("160px");
        var caption = new Span(image.alt() + (image.colourCode() == null ? "" : " · " + image.colourCode())
                + " · " + image.width() + " x " + image.height() + " px");
        caption.addClassName("caption");
        var card = new Div(thumb, caption);
        card.addClassName("product-image");
        if (editable) {
            var earlier = new Button(VaadinIcon.ARROW_LEFT.create(), e -> move(images, index, index - 1));
            earlier.setAriaLabel("Show earlier");
            earlier.setEnabled(index > 0);
            var later = new Button(VaadinIcon.ARROW_RIGHT.create(), e -> move(images, index, index + 1));
            later.setAriaLabel("Show later");
            later.setEnabled(index < images.size() - 1);
            var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(id, image.alt()));
            delete.setAriaLabel("Delete image");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var actions = new Div(earlier, later, delete);
            actions.addClassName("image-actions");
            card.add(actions);
        }
        return card;
    }

    private DownloadHandler thumbnail(MediaId id) {
        return event -> {
            var stored = media.read(id, MediaSize.THUMB);
            if (stored.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType(stored.get().contentType());
            event.setContentLength(stored.get().length());
            event.inline();
            try (var in = stored.get().open()) {
                in.transferTo(event.getOutputStream());
            }
        };
    }

    private void move(List<ProductDetails.Media> images, int from, int to) {
        var order = new ArrayList<>(images.stream().map(m -> MediaId.parse(m.id())).toList());
        order.add(to, order.remove(from));
        media.reorder(product.id(), order);
        onChange.run();
    }

    private void confirmDelete(MediaId id, String alt) {
        var dialog = new ConfirmDialog("Delete image?", "\"" + alt + "\" will be removed from the product and the"
                + " storefront.", "Delete", e -> {
                    media.delete(id);
                    onChange.run();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        FormMarks.error(message);
    }

}

package org.aftercare.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.aftercare.groups.Modality;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceDetails;
import org.aftercare.library.ResourceKind;
import org.aftercare.library.ResourceSummary;
import org.aftercare.library.UploadedFile;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.Uploads;

/**
 * Adds or edits a resource: its kind (fixed once saved), title, description, link, author, tags and
 * whether every client finds it in the library; a document or audio may take an uploaded file
 * instead of a link, and a worksheet has its fields. The upload is judged by the core, by content.
 */
class ResourceDialog extends Dialog {

  /** Matches the core's default limit; the core's own check is the one that counts. */
  private static final int UPLOAD_LIMIT = 10 * 1024 * 1024;

  private final Library library;
  private final ResourceSummary editing;
  private final Runnable onSaved;
  private final Select<ResourceKind> kind = new Select<>();
  private final TextField title = new TextField(getTranslation("library.resource.title"));
  private final TextArea description = new TextArea(getTranslation("library.resource.description"));
  private final TextField link = new TextField(getTranslation("library.resource.link"));
  private final TextField author = new TextField(getTranslation("library.resource.author"));
  private final MultiSelectComboBox<Modality> groupKinds =
      Pickers.several(getTranslation("library.resource.groupKinds"));
  private final TextField topics = new TextField(getTranslation("library.resource.topics"));
  private final Checkbox onShelf = new Checkbox(getTranslation("library.resource.onShelf"));
  private final TextField file = new TextField(getTranslation("library.resource.file"));
  private final Upload upload = Uploads.create();
  private final WorksheetFieldsEditor fields = new WorksheetFieldsEditor();
  private volatile UploadedFile uploaded;

  ResourceDialog(Library library, ResourceSummary editing, Runnable onSaved) {
    this.library = library;
    this.editing = editing;
    this.onSaved = onSaved;
    setHeaderTitle(
        editing == null
            ? getTranslation("library.resource.addTitle")
            : getTranslation("library.resource.editTitle", editing.title()));
    setWidth("min(44rem, 100vw)");
    add(createForm(), fields);
    getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), createSave());
    if (editing != null) {
      fill(library.details(editing.id()));
    } else {
      kind.setValue(ResourceKind.ARTICLE);
      onShelf.setValue(true);
    }
    showPartsOf(kind.getValue());
  }

  private FormLayout createForm() {
    kind.setLabel(getTranslation("library.resource.kind"));
    kind.setId("resource-kind");
    kind.setItems(ResourceKind.values());
    kind.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    kind.setEnabled(editing == null);
    kind.addValueChangeListener(change -> showPartsOf(change.getValue()));
    title.setId("resource-title");
    title.setRequired(true);
    description.setId("resource-description");
    link.setId("resource-link");
    link.setPlaceholder("https://");
    author.setId("resource-author");
    groupKinds.setId("resource-group-kinds");
    groupKinds.setItems(Modality.values());
    groupKinds.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    topics.setId("resource-topics");
    topics.setHelperText(getTranslation("library.resource.topics.hint"));
    onShelf.setId("resource-on-shelf");
    file.setReadOnly(true);
    file.setId("resource-file");
    upload.setId("resource-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(UPLOAD_LIMIT);
    upload.setAcceptedFileTypes(
        "application/pdf", ".pdf", "audio/mpeg", ".mp3", "audio/mp4", ".m4a");
    upload.setUploadHandler(this::receive);
    upload.addSucceededListener(
        done -> {
          file.setValue(done.getFileName());
          file.setInvalid(false);
        });
    upload.addFileRejectedListener(
        rejected ->
            FieldErrors.showAt(
                file, getTranslation("library.resource.fileRefused", rejected.getErrorMessage())));
    var form =
        new FormLayout(
            kind, title, description, link, author, groupKinds, topics, onShelf, upload, file);
    form.setColspan(description, 2);
    form.setColspan(onShelf, 2);
    return form;
  }

  /**
   * Keeps the upload for saving, reading no more than one byte past the limit: a larger file is not
   * held in memory whole, and the core refuses it by its size with nothing stored.
   */
  private void receive(UploadEvent event) throws IOException {
    try (InputStream in = event.getInputStream()) {
      uploaded = new UploadedFile(event.getFileName(), in.readNBytes(UPLOAD_LIMIT + 1));
    }
  }

  private Button createSave() {
    var save =
        new Button(
            getTranslation(editing == null ? "library.resource.add" : "common.save"),
            click -> save());
    save.setId("resource-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return save;
  }

  private void showPartsOf(ResourceKind chosen) {
    boolean uploads = chosen != null && chosen.takesUpload();
    upload.setVisible(uploads);
    file.setVisible(uploads);
    author.setVisible(chosen == ResourceKind.BOOK);
    link.setVisible(chosen != ResourceKind.WORKSHEET);
    fields.setVisible(chosen == ResourceKind.WORKSHEET);
    if (chosen == ResourceKind.WORKSHEET && fields.isEmpty()) {
      fields.addField();
    }
  }

  private void fill(ResourceDetails details) {
    kind.setValue(details.kind());
    title.setValue(details.title());
    description.setValue(details.description() == null ? "" : details.description());
    link.setValue(details.link() == null ? "" : details.link());
    author.setValue(details.author() == null ? "" : details.author());
    groupKinds.setValue(details.groupKinds());
    topics.setValue(String.join(", ", details.topics()));
    onShelf.setValue(details.onShelf());
    file.setValue(editing.fileName() == null ? "" : editing.fileName());
    fields.setFields(details.fields());
  }

  private void save() {
    var errors =
        new FieldErrors(title)
            .field("kind", kind)
            .field("title", title)
            .field("description", description)
            .field("link", link)
            .field("author", author)
            .field("topics", topics)
            .field("file", file);
    fields.register(errors);
    errors.clear();
    ResourceKind chosen = kind.getValue();
    var details =
        new ResourceDetails(
            chosen,
            title.getValue(),
            description.getValue(),
            chosen == ResourceKind.WORKSHEET ? null : link.getValue(),
            chosen == ResourceKind.BOOK ? author.getValue() : null,
            groupKinds.getValue().isEmpty()
                ? EnumSet.noneOf(Modality.class)
                : EnumSet.copyOf(groupKinds.getValue()),
            ResourceDetails.topicsOf(topics.getValue()),
            onShelf.getValue(),
            chosen == ResourceKind.WORKSHEET ? fields.fields() : List.of());
    UploadedFile toStore = chosen != null && chosen.takesUpload() ? uploaded : null;
    try {
      if (editing == null) {
        library.add(details, toStore);
      } else {
        library.update(editing.id(), details, toStore);
      }
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
      return;
    }
    Notification.show(
        getTranslation(editing == null ? "library.resource.added" : "library.resource.saved"),
        3000,
        Notification.Position.BOTTOM_START);
    close();
    onSaved.run();
  }
}

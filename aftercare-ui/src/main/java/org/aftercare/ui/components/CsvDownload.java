package org.aftercare.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Streams a CSV file a service writes, named with the clinic's date. Vaadin calls a download
 * handler without the session lock, so what the file holds must be read without touching
 * components; the request still passes the clinic filter, so the export is the signed-in clinic's
 * and the service checks the caller's role as on any other call.
 */
public final class CsvDownload implements DownloadHandler {

  /** Writes the file's rows; the writer is closed afterwards. */
  @FunctionalInterface
  public interface Rows extends Serializable {
    void writeTo(Writer out) throws IOException;
  }

  private final String name;
  private final ZoneId zone;
  private final Rows rows;

  /** A file called {@code name-<clinic's date>.csv}. */
  public CsvDownload(String name, ZoneId zone, Rows rows) {
    this.name = name;
    this.zone = zone;
    this.rows = rows;
  }

  @Override
  public void handleDownloadRequest(DownloadEvent event) throws IOException {
    event.setFileName(name + "-" + LocalDate.now(zone) + ".csv");
    event.setContentType("text/csv; charset=UTF-8");
    try (Writer csv = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
      rows.writeTo(csv);
    }
  }

  /** A download link that looks like a button, with {@code title} saying what the file holds. */
  public Anchor asButton(String id, String label, String title) {
    var link = new Anchor(this, "");
    link.setId(id);
    var button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
    // The link is the one focus stop; the button inside only gives it the look of one.
    button.setTabIndex(-1);
    link.add(button);
    link.setTitle(title);
    return link;
  }
}

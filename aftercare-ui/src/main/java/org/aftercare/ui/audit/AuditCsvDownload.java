package org.aftercare.ui.audit;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftercare.audit.AuditFilter;
import org.aftercare.audit.AuditService;

/**
 * Streams the audit entries the view currently shows as a CSV file. Vaadin calls a download handler
 * without the session lock, so it reads the filter through a supplier that does not touch
 * components; the request still passes the clinic filter, so the export is the signed-in clinic's.
 */
class AuditCsvDownload implements DownloadHandler {

  private final AuditService audit;
  private final SerializableSupplier<AuditFilter> currentFilter;
  private final ZoneId zone;

  AuditCsvDownload(
      AuditService audit, SerializableSupplier<AuditFilter> currentFilter, ZoneId zone) {
    this.audit = audit;
    this.currentFilter = currentFilter;
    this.zone = zone;
  }

  @Override
  public void handleDownloadRequest(DownloadEvent event) throws IOException {
    event.setFileName("audit-log-" + LocalDate.now(zone) + ".csv");
    event.setContentType("text/csv; charset=UTF-8");
    try (Writer csv = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
      audit.exportCsv(currentFilter.get(), zone, csv);
    }
  }
}

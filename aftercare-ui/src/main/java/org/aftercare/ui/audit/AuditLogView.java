package org.aftercare.ui.audit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.aftercare.access.Role;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditChainVerifier;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditFilter;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.ui.components.CsvDownload;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The clinic's audit trail for its administrators (HIPAA 164.312(b)): who read or changed which
 * record, when and from where, newest first, paged lazily from the database; the hash chain
 * verified on demand; the current selection exported as CSV.
 */
@CdiComponent
@Route("audit")
@Menu(order = 5, title = "Audit log")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

  /** Unambiguous and sortable by eye, as auditors read times; the zone is named above the grid. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final AuditService audit;
  private final AuditChainVerifier verifier;
  private final ZoneId zone;
  private final DateTimeFormatter when;

  private final TextField person = new TextField(getTranslation("audit.person"));
  private final TextField record = new TextField(getTranslation("audit.record"));
  private final ComboBox<AuditAction> action = new ComboBox<>(getTranslation("audit.action"));
  private final DatePicker from = Pickers.date(getTranslation("audit.from"));
  private final DatePicker to = Pickers.date(getTranslation("audit.to"));
  private final Span count = new Span();
  private final ChainStatus chainStatus = new ChainStatus();
  private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);

  /** Read by the CSV download outside the session lock, hence volatile. */
  private volatile AuditFilter filter = AuditFilter.any();

  @Inject
  public AuditLogView(AuditService audit, AuditChainVerifier verifier, CurrentClinic clinic) {
    this.audit = audit;
    this.verifier = verifier;
    this.zone = clinic.zone();
    this.when = WHEN.withZone(zone);
    addClassNames("aftercare-page", "aftercare-wide-page");
    setHeightFull();
    add(
        createHeader(),
        createIntro(),
        createFilters(),
        chainStatus,
        createCountLine(),
        createGrid());
    grid.setItems(this::fetch, query -> (int) audit.count(filter))
        .addItemCountChangeListener(change -> showCount(change.getItemCount()));
  }

  private PageHeader createHeader() {
    var verify =
        new Button(
            getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), click -> verifyChain());
    verify.setId("verify-chain");
    verify.setTooltipText(getTranslation("audit.verify.tip"));
    // Read through a field, not the filter components: the download runs without the session lock.
    var export =
        new CsvDownload("audit-log", zone, csv -> audit.exportCsv(filter, zone, csv))
            .asButton(
                "export-csv", getTranslation("audit.export"), getTranslation("audit.export.title"));
    return new PageHeader(getTranslation("audit.auditLog"), verify, export);
  }

  private Paragraph createIntro() {
    var intro = new Paragraph(getTranslation("audit.intro", zone.getId()));
    intro.addClassNames("text-secondary", "mt-0");
    return intro;
  }

  private FlexLayout createFilters() {
    person.setId("audit-person");
    person.setPlaceholder(getTranslation("audit.person.placeholder"));
    person.setWidth("13rem");
    record.setId("audit-record");
    record.setPlaceholder(getTranslation("audit.record.placeholder"));
    record.setTooltipText(getTranslation("audit.record.tip"));
    record.setWidth("14rem");
    action.setId("audit-action");
    action.setItems(AuditAction.values());
    action.setItemLabelGenerator(Labels::of);
    action.setPlaceholder(getTranslation("audit.action.placeholder"));
    action.setClearButtonVisible(true);
    action.setWidth("11rem");
    from.setId("audit-from");
    from.setWidth("9.5rem");
    to.setId("audit-to");
    to.setWidth("9.5rem");
    for (TextField text : new TextField[] {person, record}) {
      text.setClearButtonVisible(true);
      text.setValueChangeMode(ValueChangeMode.LAZY);
    }
    from.addValueChangeListener(change -> to.setMin(change.getValue()));
    to.addValueChangeListener(change -> from.setMax(change.getValue()));
    person.addValueChangeListener(change -> applyFilters());
    record.addValueChangeListener(change -> applyFilters());
    action.addValueChangeListener(change -> applyFilters());
    from.addValueChangeListener(change -> applyFilters());
    to.addValueChangeListener(change -> applyFilters());

    var filters = new FlexLayout(person, record, action, from, to);
    filters.addClassName("aftercare-filters");
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWidthFull();
    return filters;
  }

  private HorizontalLayout createCountLine() {
    count.setId("audit-count");
    count.addClassNames("text-secondary", "text-s");
    var clear = new Button(getTranslation("audit.clear"), click -> clearFilters());
    clear.setId("audit-clear");
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    var line = new HorizontalLayout(count, clear);
    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    line.setSpacing(false);
    return line;
  }

  private Grid<AuditEvent> createGrid() {
    grid.setId("audit-log");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(AuditEvent::getSequence)
        .setHeader("#")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(event -> when.format(event.getOccurredAt()))
        .setHeader(getTranslation("audit.column.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEvent::getActor)
        .setHeader(getTranslation("audit.person"))
        .setTooltipGenerator(AuditEvent::getActor)
        .setFlexGrow(1);
    grid.addComponentColumn(AuditLogView::actionOf)
        .setHeader(getTranslation("audit.action"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(AuditLogView::recordOf)
        .setHeader(getTranslation("audit.column.record"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(event -> orDash(event.getSourceAddress()))
        .setHeader(getTranslation("audit.column.ipAddress"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("audit.grid.empty"));
    return grid;
  }

  private Stream<AuditEvent> fetch(Query<AuditEvent, Void> query) {
    return audit.search(filter, query.getOffset(), query.getLimit()).stream();
  }

  private void applyFilters() {
    filter =
        AuditFilter.forDays(
            person.getValue(),
            record.getValue(),
            action.getValue(),
            from.getValue(),
            to.getValue(),
            zone);
    grid.getDataProvider().refreshAll();
  }

  private void clearFilters() {
    person.clear();
    record.clear();
    action.clear();
    from.clear();
    to.clear();
  }

  private void showCount(int entries) {
    count.setText(getTranslation("audit.count", entries));
  }

  private void verifyChain() {
    chainStatus.show(verifier.verify(), ZonedDateTime.now(zone));
  }

  /** The action, and a red badge when it was denied or failed: the rows an auditor looks for. */
  private static Component actionOf(AuditEvent event) {
    var action = new Span(Labels.of(event.getAction()));
    if (event.getOutcome() == AuditOutcome.SUCCESS) {
      return action;
    }
    var outcome = new Span(Labels.of(event.getOutcome()));
    outcome.getElement().setAttribute("theme", "badge error small");
    outcome.addClassName("ms-s");
    return new Span(action, outcome);
  }

  private static Component recordOf(AuditEvent event) {
    var id = new Span(orDash(event.getObjectId()));
    id.addClassName("aftercare-mono");
    id.setTitle(event.getObjectType());
    return id;
  }

  private static String orDash(String value) {
    return value == null ? "—" : value;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.auditLog");
  }
}

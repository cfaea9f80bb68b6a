package org.aftercare.ui.components;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;

/** The IANA time zones by region name (no legacy or offset-only ids), filterable by typing. */
public class TimeZonePicker extends ComboBox<String> {

  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(
              zone ->
                  zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
          .sorted()
          .toList();

  public TimeZonePicker(String label) {
    super(label);
    setItems(ZONES);
    setRequiredIndicatorVisible(true);
    setHelperText(getTranslation("components.timeZone.hint"));
  }
}

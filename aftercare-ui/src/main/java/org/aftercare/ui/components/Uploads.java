package org.aftercare.ui.components;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;

/**
 * File uploads in the reader's language: Vaadin's upload writes its button, drop hint, progress and
 * errors in English unless told; the portal's uploads are made here with the bundles' words.
 */
public final class Uploads {

  private Uploads() {}

  public static Upload create() {
    var upload = new Upload();
    upload.setI18n(words(PortalTranslations.current()));
    return upload;
  }

  static UploadI18N words(Locale reader) {
    return new UploadI18N()
        .setAddFiles(
            new UploadI18N.AddFiles()
                .setOne(say(reader, "addFile"))
                .setMany(say(reader, "addFiles")))
        .setDropFiles(
            new UploadI18N.DropFiles()
                .setOne(say(reader, "dropFile"))
                .setMany(say(reader, "dropFiles")))
        .setError(
            new UploadI18N.Error()
                .setTooManyFiles(say(reader, "tooManyFiles"))
                .setFileIsTooBig(say(reader, "fileIsTooBig"))
                .setIncorrectFileType(say(reader, "incorrectFileType")))
        .setFile(
            new UploadI18N.File()
                .setRetry(say(reader, "retry"))
                .setStart(say(reader, "start"))
                .setRemove(say(reader, "remove")))
        .setUploading(
            new UploadI18N.Uploading()
                .setStatus(
                    new UploadI18N.Uploading.Status()
                        .setConnecting(say(reader, "connecting"))
                        .setStalled(say(reader, "stalled"))
                        .setProcessing(say(reader, "processing"))
                        .setHeld(say(reader, "held")))
                .setRemainingTime(
                    new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(say(reader, "remainingPrefix"))
                        .setUnknown(say(reader, "remainingUnknown")))
                .setError(
                    new UploadI18N.Uploading.Error()
                        .setServerUnavailable(say(reader, "serverUnavailable"))
                        .setUnexpectedServerError(say(reader, "serverError"))
                        .setForbidden(say(reader, "forbidden"))
                        .setFileTooLarge(say(reader, "fileIsTooBig"))))
        .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
  }

  private static String say(Locale reader, String what) {
    return PortalTranslations.in(reader, "common.upload." + what);
  }
}

package tw.mainstream.meeting.domain;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.files.FileStore;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Files and images on items, kept in the file store under {@code meetings/<id>/}. Only PDF, ODT, DOCX,
 * XLSX, ODS, PNG and JPEG up to 20 MB, checked by name and by content; anything else is refused
 * with a message and nothing is written.
 */
@Service
@Transactional
public class AttachmentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final AttachmentRepository attachments;
    private final AgendaService agenda;
    private final MeetingAccess access;
    private final FileStore files;
    private final Clock clock;

    AttachmentService(AttachmentRepository attachments, AgendaService agenda, MeetingAccess access,
                      FileStore files, Clock clock) {
        this.attachments = attachments;
        this.agenda = agenda;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    public Attachment upload(Long meetingId, Long itemId, Long rowId, String fileName, byte[] content, String caption,
                             CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        agenda.item(meetingId, itemId);
        String type = check(fileName, content);
        String ext = extension(fileName);
        String stored = UUID.randomUUID() + "." + ext;
        Attachment a = attachments.save(new Attachment(itemId, rowId, Path.of(fileName).getFileName().toString(), type,
                content.length, stored, MeetingService.trim(caption), clock.instant()));
        files.put(key(meetingId, stored), content);
        return a;
    }

    /** The content type for an accepted file, or a refusal that says what is accepted. */
    static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("meeting.error.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("meeting.error.upload.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = TYPES.get(extension(fileName));
        if (type == null || !contentMatches(type, content)) {
            throw DomainException.invalid("meeting.error.upload.type");
        }
        return type;
    }

    private static boolean contentMatches(String type, byte[] c) {
        if (type.equals("application/pdf")) {
            return starts(c, '%', 'P', 'D', 'F');
        }
        if (type.equals("image/png")) {
            return starts(c, 0x89, 'P', 'N', 'G');
        }
        if (type.equals("image/jpeg")) {
            return starts(c, 0xFF, 0xD8, 0xFF);
        }
        return starts(c, 'P', 'K', 3, 4);
    }

    private static boolean starts(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The stored bytes, for a reader of the meeting (or anyone once the minutes are public). */
    @Transactional(readOnly = true)
    public StoredFile read(Long meetingId, Long attachmentId, CurrentUser user, boolean publicAccess) {
        if (!publicAccess) {
            access.read(meetingId, user);
        }
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        agenda.item(meetingId, a.getAgendaItemId());
        byte[] content = files.read(key(meetingId, a.getStoredName()))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new StoredFile(a.getFileName(), a.getContentType(), content);
    }

    private static String key(Long meetingId, String storedName) {
        return "meetings/" + meetingId + "/" + storedName;
    }

    /** A file read back from storage. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }
}

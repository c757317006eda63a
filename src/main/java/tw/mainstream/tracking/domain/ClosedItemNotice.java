package tw.mainstream.tracking.domain;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.TrackedItemClosed;

/**
 * Tells the liaisons of a closed item's units (lead and supporting; plus the units' extra mailboxes)
 * by e-mail that a meeting closed it (解除列管) and no further progress report is due. Sent once the
 * deciding transaction has committed (a confirmation that fails sends nothing), off the request thread,
 * once per item and meeting date ({@link ReminderService#sendOnce}); not sent when tracking e-mails are
 * off ({@code mainstream.tracking.reminders.enabled=false}). A send that fails is logged and not
 * retried: the item's page shows the decision anyway.
 */
@Component
class ClosedItemNotice {
    static final String KIND = "CLOSED";
    private static final Logger log = LoggerFactory.getLogger(ClosedItemNotice.class);

    private final TrackedItemRepository items;
    private final ReminderService reminders;
    private final ObjectProvider<JavaMailSender> mail;
    private final boolean enabled;

    ClosedItemNotice(TrackedItemRepository items, ReminderService reminders, ObjectProvider<JavaMailSender> mail,
                     ReminderProperties settings) {
        this.items = items;
        this.reminders = reminders;
        this.mail = mail;
        this.enabled = settings.enabled();
    }

    @Async
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(TrackedItemClosed event) {
        JavaMailSender sender = mail.getIfAvailable();
        TrackedItem item = items.findById(event.itemId()).orElse(null);
        if (!enabled || sender == null || item == null) {
            return;
        }
        List<Long> units = new ArrayList<>();
        units.add(item.getLeadUnitId());
        units.addAll(item.getSupportingUnitIds());
        List<String> to = reminders.liaisonMailboxes(units);
        if (to.isEmpty()) {
            log.info("Tracked item {} closed: its units have no liaison mailbox", item.getId());
            return;
        }
        reminders.sendOnce(item.getId(), KIND, event.meetingDate(), sender, to, subject(event), body(event, item));
    }

    static String subject(TrackedItemClosed event) {
        return "【解除列管】列管事項 #" + event.itemId() + " 經" + event.meetingLabel() + "決定解除列管";
    }

    private static String body(TrackedItemClosed event, TrackedItem item) {
        return "列管事項：" + item.getContent() + "\n"
                + "決定：" + RocDates.format(event.meetingDate()) + " " + event.meetingLabel() + " 解除列管，"
                + "毋須再填報執行情形。\n"
                + "列管事項頁面：" + TrackedItemSearchSource.url(item.getId()) + "\n";
    }
}

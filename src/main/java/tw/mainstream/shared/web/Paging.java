package tw.mainstream.shared.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tw.mainstream.shared.domain.DomainException;

/**
 * The one paging shape of the API's collections: the body stays a JSON array (so existing callers
 * keep working), {@code X-Total-Count} gives the number of matches and, when a page was asked for,
 * {@code Link} gives the first, previous, next and last pages (RFC 8288). Without {@code page} and
 * {@code size} a collection answers every match.
 */
public record Paging(
        @Parameter(description = "Page number, from 0; with it or size the answer is one page") Integer page,
        @Parameter(description = "Page size, 1 to 500 (default 50 when page is given)") Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final String TOTAL = "X-Total-Count";

    /** Checked when used, not while binding: the answer is then a 400 problem, never a binding failure. */
    private void check() {
        if (page != null && page < 0) {
            throw new DomainException("error.badParameter", 400, "page");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new DomainException("error.badParameter", 400, "size");
        }
    }

    public boolean requested() {
        return page != null || size != null;
    }

    public Pageable pageable(Sort sort) {
        check();
        return requested() ? PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort)
                : Pageable.unpaged(sort);
    }

    /** One page of a list the service has already filtered to what the caller may read. */
    public <T> ResponseEntity<List<T>> answer(List<T> all) {
        check();
        if (!requested()) {
            return answer(new PageImpl<>(all));
        }
        Pageable p = pageable(Sort.unsorted());
        int from = (int) Math.min(p.getOffset(), all.size());
        int to = Math.min(from + p.getPageSize(), all.size());
        return answer(new PageImpl<>(new ArrayList<>(all.subList(from, to)), p, all.size()));
    }

    public <T> ResponseEntity<List<T>> answer(Page<T> result) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(TOTAL, String.valueOf(result.getTotalElements()));
        if (requested()) {
            List<String> links = new ArrayList<>();
            int last = Math.max(result.getTotalPages() - 1, 0);
            links.add(link(0, "first"));
            if (result.hasPrevious()) {
                links.add(link(result.getNumber() - 1, "prev"));
            }
            if (result.hasNext()) {
                links.add(link(result.getNumber() + 1, "next"));
            }
            links.add(link(last, "last"));
            ok.header("Link", String.join(", ", links));
        }
        return ok.body(result.getContent());
    }

    private String link(int number, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number)
                .replaceQueryParam("size", size == null ? DEFAULT_SIZE : size).build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}

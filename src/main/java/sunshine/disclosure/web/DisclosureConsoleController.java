package sunshine.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.disclosure.Channel;
import sunshine.disclosure.ChannelPublication;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.DisclosureQueries;
import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemStatus;
import sunshine.disclosure.SearchIndex;
import sunshine.disclosure.Topic;

/**
 * The editors' console (信息公开编辑, role {@link Role#DISCLOSURE_EDITOR}): the item list with the
 * year's figures, drafting and editing, review, publishing to channels, withdrawal, and the search
 * index rebuild. Post/redirect/get; every form works without JavaScript.
 */
@Controller
class DisclosureConsoleController {

	private final DisclosureManagement disclosure;
	private final DisclosureQueries queries;
	private final AgencyLookup agencies;
	private final SearchIndex index;
	private final Clock clock;

	DisclosureConsoleController(DisclosureManagement disclosure, DisclosureQueries queries, AgencyLookup agencies,
			SearchIndex index, Clock clock) {
		this.disclosure = disclosure;
		this.queries = queries;
		this.agencies = agencies;
		this.index = index;
		this.clock = clock;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("genres", Genre.values());
		model.addAttribute("channels", Channel.values());
	}

	static OrgScope editorScope(StaffUser user) {
		if (user == null || !user.has(Role.DISCLOSURE_EDITOR)) {
			throw new AccessDeniedException("Disclosure editors only");
		}
		return OrgScope.ownAgencyOnly(user.agencyId());
	}

	@GetMapping("/console/disclosure")
	String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer year, Model model) {
		OrgScope scope = editorScope(user);
		ItemStatus filter = ItemForm.parse(ItemStatus.class, status);
		int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("items", queries.console(scope, filter, Math.max(1, page), 20));
		model.addAttribute("year", shownYear);
		model.addAttribute("figures", queries.figures(user.agencyId(), shownYear));
		return "disclosure/list";
	}

	@GetMapping("/console/disclosure/items/new")
	String newItem(@AuthenticationPrincipal StaffUser user, Model model) {
		editorScope(user);
		model.addAttribute("form", ItemForm.empty(user.agencyName()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("columns", queries.columns());
		return "disclosure/edit";
	}

	@PostMapping("/console/disclosure/items")
	String create(@AuthenticationPrincipal StaffUser user, ItemForm form, Model model) {
		editorScope(user);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return formAgain(form, errors, null, model);
		}
		try {
			InformationItem item = disclosure.draft(user.agencyId(), form.content());
			return "redirect:/console/disclosure/items/" + item.getId();
		}
		catch (IllegalArgumentException e) {
			return formAgain(form, Map.of("column", "disclosure.error.column"), null, model);
		}
	}

	@GetMapping("/console/disclosure/items/{id}")
	String show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		OrgScope scope = editorScope(user);
		InformationItem item = queries.item(id, scope).orElseThrow(() -> new AccessDeniedException("Not in scope"));
		model.addAttribute("item", item);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("column", queries.column(item.getColumnCode()).orElse(null));
		model.addAttribute("attachments", queries.attachments(id));
		return "disclosure/item";
	}

	@GetMapping("/console/disclosure/items/{id}/edit")
	String edit(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		OrgScope scope = editorScope(user);
		InformationItem item = queries.item(id, scope).orElseThrow(() -> new AccessDeniedException("Not in scope"));
		return formAgain(ItemForm.of(item), Map.of(), id, model);
	}

	@PostMapping("/console/disclosure/items/{id}")
	String update(@AuthenticationPrincipal StaffUser user, @PathVariable long id, ItemForm form, Model model) {
		OrgScope scope = editorScope(user);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return formAgain(form, errors, id, model);
		}
		disclosure.revise(id, form.content(), scope);
		return "redirect:/console/disclosure/items/" + id;
	}

	private String formAgain(ItemForm form, Map<String, String> errors, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("itemId", id);
		model.addAttribute("columns", queries.columns());
		return "disclosure/edit";
	}

	@PostMapping("/console/disclosure/items/{id}/submit")
	String submit(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		disclosure.submitForReview(id, editorScope(user));
		return "redirect:/console/disclosure/items/" + id;
	}

	@PostMapping("/console/disclosure/items/{id}/return")
	String returnToDraft(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		OrgScope scope = editorScope(user);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("problem", "disclosure.error.reason");
			return "redirect:/console/disclosure/items/" + id;
		}
		disclosure.returnToDraft(id, reason, scope);
		return "redirect:/console/disclosure/items/" + id;
	}

	@PostMapping("/console/disclosure/items/{id}/publish")
	String publish(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(name = "channel", required = false) List<String> channels,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String confirm,
			RedirectAttributes redirect) {
		OrgScope scope = editorScope(user);
		var publications = new ArrayList<ChannelPublication>();
		// Publishing is its own confirmed step after the submission: the editor confirms the check and the
		// confidentiality review (保密审查) of what goes out.
		String problem = "yes".equals(confirm) ? channelProblem(channels, date, description) : "disclosure.error.publishConfirm";
		if (problem == null) {
			LocalDate day = sunshine.shared.DateInput.parse(date);
			for (String name : channels) {
				Channel channel = Channel.valueOf(name);
				publications.add(new ChannelPublication(channel, day, channel == Channel.WEBSITE || channel == Channel.WECHAT
						|| channel == Channel.WEIBO ? link : null, channel == Channel.OTHER || channel == Channel.GAZETTE
								? description : null));
			}
			disclosure.publish(id, publications, scope);
		}
		else {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/console/disclosure/items/" + id;
	}

	@PostMapping("/console/disclosure/items/{id}/channel")
	String addChannel(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(name = "channel", required = false) List<String> channels,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		OrgScope scope = editorScope(user);
		String problem = channelProblem(channels, date, description);
		if (problem == null) {
			try {
				for (String name : channels) {
					disclosure.publishAlsoOn(id, new ChannelPublication(Channel.valueOf(name), sunshine.shared.DateInput.parse(date),
							link, description), scope);
				}
			}
			catch (IllegalArgumentException e) {
				redirect.addFlashAttribute("problem", "disclosure.error.duplicateChannel");
			}
		}
		else {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/console/disclosure/items/" + id;
	}

	private static String channelProblem(List<String> channels, String date, String description) {
		if (channels == null || channels.isEmpty()) {
			return "disclosure.error.noChannel";
		}
		for (String name : channels) {
			if (ItemForm.parse(Channel.class, name) == null) {
				return "disclosure.error.noChannel";
			}
		}
		try {
			sunshine.shared.DateInput.parse(date);
		}
		catch (DateTimeParseException e) {
			return "disclosure.error.publishDate";
		}
		if (channels.contains(Channel.OTHER.name()) && description.isBlank()) {
			return "disclosure.error.otherNeedsDescription";
		}
		return null;
	}

	@PostMapping("/console/disclosure/items/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		OrgScope scope = editorScope(user);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("problem", "disclosure.error.reason");
			return "redirect:/console/disclosure/items/" + id;
		}
		disclosure.withdraw(id, LocalDate.now(clock), reason, scope);
		return "redirect:/console/disclosure/items/" + id;
	}

	@PostMapping("/console/disclosure/items/{id}/attachments")
	String attach(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		OrgScope scope = editorScope(user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "disclosure.error.attachmentEmpty");
			return "redirect:/console/disclosure/items/" + id;
		}
		try {
			disclosure.attach(id, file.getOriginalFilename(), file.getBytes(), scope);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/console/disclosure/items/" + id;
	}

	/**
	 * A step the item's state no longer allows (a second click, another editor was faster): back
	 * to the item with a message instead of an error page.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
	String stale(jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "disclosure.error.state");
		String path = request.getRequestURI();
		var matcher = java.util.regex.Pattern.compile("/console/disclosure/items/(\\d+)").matcher(path);
		return matcher.find() ? "redirect:/console/disclosure/items/" + matcher.group(1) : "redirect:/console/disclosure";
	}

	// ------------------------------------------------------------------ search index

	@GetMapping("/console/disclosure/index")
	String indexPage(@AuthenticationPrincipal StaffUser user, Model model) {
		editorScope(user);
		model.addAttribute("progress", index.progress());
		return "disclosure/index";
	}

	@GetMapping("/console/disclosure/index/progress")
	String indexProgress(@AuthenticationPrincipal StaffUser user, Model model) {
		editorScope(user);
		model.addAttribute("progress", index.progress());
		return "disclosure/index :: progress";
	}

	@PostMapping("/console/disclosure/index")
	String rebuild(@AuthenticationPrincipal StaffUser user) {
		editorScope(user);
		index.startRebuild();
		return "redirect:/console/disclosure/index";
	}
}

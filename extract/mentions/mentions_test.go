package mentions

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/tokens"
)

// mentionsOf runs the stages up to this one over body and lists its
// mentions as "text/type/rule".
func mentionsOf(t *testing.T, body string) (*doc.Doc, []string) {
	t.Helper()
	d := stagetest.Doc(t, "2025-06-04", body)
	tokens.Run(d)
	Run(d)
	var out []string
	for _, m := range d.Mentions {
		out = append(out, fmt.Sprintf("%s/%s/%s", d.Text[m.Start:m.End], m.Type, m.Rule))
	}
	return d, out
}

func TestMentionsOnSentences(t *testing.T) {
	tests := []struct{ body, want string }{
		// A name ending in capitals is an organization's; a numeral of
		// a generation is none; a headline's capitals are neither.
		{"Quillmark Labs sued Halberd AI and Veska BV on Monday.",
			"Quillmark Labs/org/org-word Halberd AI/org/org-acronym Veska BV/org/org-acronym"},
		{"Mayor Hollis Crane III met the board.", "Hollis Crane III/person/titled-name"},
		// A participle opening the sentence is no organization.
		{"Appointed chief executive of Orchard Lane Capital in 2019, Terrence Boyd has doubled the firm.",
			"Appointed/pending/single Orchard Lane Capital/org/org-word Terrence Boyd/person/first-name"},
		// A plural in -men possessing a body's name is part of it.
		{"Ivy Sloane praised the Harbor Longshoremen's Association on Monday.",
			"Ivy Sloane/person/first-name Harbor Longshoremen's Association/org/org-word"},
		// Institutional words of other languages, with their accents.
		{"Camille Rousseau left Lumière Média and joined the Federación Nacional de Cafeteros.",
			"Camille Rousseau/person/name-shape Lumière Média/org/org-word Federación Nacional de Cafeteros/org/org-word"},
		// An ordinal or "New" opens an organization's name that ends in
		// an organization's word; a sport's position before a name is a
		// title, not part of it.
		{"Halcyra Energy gave $500,000 to the Second Term Inaugural Committee.", "Halcyra Energy/org/org-word Second Term Inaugural Committee/org/org-word"},
		{"Defenseman Petr Holub signed on Monday.", "Petr Holub/person/titled-name"},
		// A body's name after "of" joins two common words by "and".
		{"Kestrel Adeyemi was named director of the Office of Science and Technology Policy.",
			"Kestrel Adeyemi/person/name-shape Office of Science and Technology Policy/org/org-word"},
		// Also past a first field the knowledge base knows as a federal
		// body, or one the treebank lacks ("Agriculture"); not past a
		// known name after "and".
		{"Kestrel Adeyemi ran the Department of Energy and Environmental Protection.",
			"Kestrel Adeyemi/person/name-shape Department of Energy and Environmental Protection/org/org-word"},
		{"Kestrel Adeyemi ran the Department of Agriculture and Consumer Services.",
			"Kestrel Adeyemi/person/name-shape Department of Agriculture and Consumer Services/org/org-word"},
		{"The Department of Justice and Google settled.", "Department of Justice/org/kb Google/org/kb"},
		// A field word the treebank lacks ("Labour"), but no body named
		// after "and".
		{"Kestrel Adeyemi left the Ministry of Labour and Employment.",
			"Kestrel Adeyemi/person/name-shape Ministry of Labour and Employment/org/org-word"},
		{"The Ministry of Defence and Halden Systems settled.", "Ministry of Defence/org/org-word Halden Systems/org/org-word"},
		// Nor a second body ending in an agency's word, nor capitalised
		// words modifying a noun after them.
		{"The Department of Justice and Border Patrol criticized Ida Roe.", "Department of Justice/org/kb Border Patrol/org/org-word Ida Roe/person/first-name"},
		{"The Ministry of Labour and Union leaders met Ida Roe.", "Ministry of Labour/org/org-word Ida Roe/person/first-name"},
		{"Ida Roe praised the Ministry of Fuel and Refining.", "Ida Roe/person/first-name Ministry of Fuel and Refining/org/org-word"},
		// What money goes to, named by no person's name, is a body.
		{"Vivian Strand gave $2 million to Common Ground Majority and made a donation to Harbor Light Forward.",
			"Vivian Strand/person/first-name Common Ground Majority/org/recipient Harbor Light Forward/org/recipient"},
		// A member of a party named with the state is a person described,
		// not the party.
		{"Representative Theo Castellano, a Texas Republican, spoke.", "Theo Castellano/person/titled-name Texas/place/place"},
		// An apposition with a participle describes an organization;
		// capitalised in mid-sentence, the opening words of the name it
		// describes are the name's.
		{"Ida Roe praised Skyforge, the rocket company owned by Dev Varga.",
			"Ida Roe/person/first-name Skyforge/org/org-context Dev Varga/person/first-name"},
		{"Ida Roe gave $2 million to Next American Century, the super PAC.",
			"Ida Roe/person/first-name Next American Century/org/org-context"},
		{"Ida Roe was replaced by Rui Antunes, the transport ministry announced.",
			"Ida Roe/person/first-name Rui Antunes/person/first-name"},
		// The last word of an organization's name, a word of
		// organizations, after "the": its short name.
		{"Ida Roe sued The Harbor Herald. She left the Herald in April.", "Ida Roe/person/first-name Harbor Herald/org/org-word She/person/pronoun Herald/pending/single"},
		// A party of a place, opening with a word that alone names no
		// one ("Liberal"), or with a party the knowledge base knows, is
		// an organization of its own.
		{"Ida Roe joined the Liberal Party of Ontario.", "Ida Roe/person/first-name Liberal Party of Ontario/org/org-word"},
		// A funding round is no organization: the company that raises it
		// is ("Tessellate's Series C round"); the letter alone is left
		// pending, and names no one.
		{"Halcyon Ventures invested in Tessellate Robotics' Series C round.", "Halcyon Ventures/org/org-word Tessellate Robotics/org/org-word C/pending/single"},
		// A title before a handle is the handle's bearer's, no holder
		// the knowledge base knows.
		{"Dev Varga regretted his posts about President @ConradAshby.", "Dev Varga/person/first-name his/person/pronoun @ConradAshby/person/handle"},
		// A religious body named by its last word; a street is a place.
		{"Ida Roe left Glenmoor Church in May. She joined Greater Hope Tabernacle on Church Street.", "Ida Roe/person/first-name Glenmoor Church/org/org-word She/person/pronoun Greater Hope Tabernacle/org/org-word Church Street/place/place"},
		// A name before "campaign manager" is a person: a campaign is
		// named for one.
		{"Tom Reyes named Sam Ortiz campaign manager.", "Tom Reyes/person/first-name Sam Ortiz/person/first-name"},
		// A role opening a sentence before a company role word names no
		// organization.
		{"Chief executive Julian Corr will retire in May.", "Chief/pending/single Julian Corr/person/titled-name"},
		{"Ida Roe joined the Democratic Party of Illinois.", "Ida Roe/person/first-name Democratic Party of Illinois/org/org-place"},
		// A participle opening the sentence before a name opens a
		// clause; a name that is the sentence's subject stays whole.
		{"Praising Ida Roe, Ben Marsh said the county was lucky.", "Ida Roe/person/first-name Ben Marsh/person/first-name"},
		{"Blessing Uzoma is little known outside Lagos.", "Blessing Uzoma/person/name-shape Lagos/place/place"},
		// An acronym in the plural is a kind, many of them, not a name.
		{"Three MPs endorsed Ida Roe on Thursday.", "Ida Roe/person/first-name"},
		// What someone founded is an organization.
		{"Ida Roe founded Quillfeather in 2014.", "Ida Roe/person/first-name Quillfeather/org/org-context"},
		// A given name and a surname that ends firms' names too, after a
		// word for a kind of person.
		{"Union spokeswoman Kara Mills said the strike would go on.", "Kara Mills/person/first-name"},
		// A newspaper described by how often it appears.
		{"Ida Roe now works at the Harbinger, a weekly.", "Ida Roe/person/first-name Harbinger/org/org-context"},
		// An apposition whose head is a kind of organization past a
		// possessor: a body, not the possessor's person.
		{"Keep Ohio Strong, the governor's super PAC, said it would spend $8 million.", "Keep Ohio Strong/org/org-context it/org/pronoun"},
		{"Harlow Rune, the company's chief executive, said he would appeal.", "Harlow Rune/person/described-name he/person/pronoun"},
		// "City of …", "Town of …": a local government.
		{"Ida Roe sued the City of Marlow Falls.", "Ida Roe/person/first-name City of Marlow Falls/org/org-word"},
		// A title in quotation marks names a show, not a person.
		{"Ida Roe told WKRN's \"Capitol Beat\" she would run.", "Ida Roe/person/first-name WKRN/org/source she/person/pronoun"},
		{"Ida Roe gave to \"Citizens for Clean Water\" last year.", "Ida Roe/person/first-name Citizens for Clean Water/org/org-for"},
		// A role word before a name; a kind of organization before one.
		{"Businesswoman Ngozi Adeyemi praised automaker Stellantis on Monday.",
			"Ngozi Adeyemi/person/titled-name Stellantis/org/org-context"},
		// A known title and name; an organization and a role naming its
		// holder; a role word opening a capitalised run.
		{"President-elect Donald Trump met the Tesla CEO and Comedian Dana Whitcomb.",
			"Donald Trump/person/kb the Tesla CEO/person/org-role Tesla/org/kb Dana Whitcomb/person/titled-name"},
		// Names after "the" are things' (a sentence's opening "The"
		// too): a newspaper, a team.
		{"Ada Eze left the Harbourside Lantern. The Port Adair Mariners hired her.",
			"Ada Eze/person/first-name Harbourside Lantern/org/org-the Port Adair Mariners/org/org-plural her/person/pronoun"},
		// A capitalised plural after "the" is a team's (not a family's
		// whose member the article named, nor a people's).
		{"Ada Eze signed with the Mariners. The Kenyans cheered.",
			"Ada Eze/person/first-name Mariners/org/org-the Kenyans/pending/single"},
		{"Ada Smith spoke. The Smiths left.", "Ada Smith/person/first-name Smiths/pending/single"},
		// A county acts, or is where one lives; a kind of organization
		// types one word after it; a title with its field names no one.
		{"Ada Eze sued Dunmore County. She lives in Harwick County.",
			"Ada Eze/person/first-name Dunmore County/org/org-word She/person/pronoun Harwick County/place/place"},
		{"Automaker Voltrana met the Minister of Finance, Tomas Weir.",
			"Voltrana/org/org-context Tomas Weir/person/first-name"},
		{"Ada Eze gave to the Committee on Fair Elections and joined Meridian Bank plc on Monday.",
			"Ada Eze/person/first-name Committee on Fair Elections/org/org-word Meridian Bank plc/org/org-word"},
		// An adjective made from a place with a hyphen names no one (but
		// a given name's second part is no such word); a role's acronym
		// after an organization's name is no part of it.
		{"The Berlin-based startup Quillon hired the Abu Dhabi-born Hye-jin Bae, the Corvex CEO.",
			"Quillon/org/org-context Hye-jin Bae/person/described-name Corvex/org/org-context"},
		// A cause after "for" may hold a possessive plural and "a"; a body
		// named for its members may have a name before them; a union for
		// two trades may be named with two words before "and"; a
		// description of an organization ends before a participle.
		{"Ada Eze gave to the Ruiz Foundation for Girls’ Education, Corvex Employees for a Fair Wage and the United Warehouse and Transit Workers.",
			"Ada Eze/person/first-name Ruiz Foundation for Girls’ Education/org/org-for Corvex Employees for a Fair Wage/org/org-for United Warehouse and Transit Workers/org/org-word"},
		{"Ada Eze gave $3 million to Golden State Forward, a super PAC backing her.",
			"Ada Eze/person/first-name Golden State Forward/org/org-context her/person/pronoun"},
		// Names credited with reporting are no one in the story.
		{"Ada Eze sued Tomas Weir. Nadia Perl and Curtis Vane contributed reporting. (Additional reporting by Paula Meade)",
			"Ada Eze/person/first-name Tomas Weir/person/first-name Additional/pending/single"},
		// A title with its field, set beside a name, names no one itself.
		{"The Culture Secretary, Alisha Brennan, met Ann Bishop.", "Alisha Brennan/person/name-shape Ann Bishop/person/first-name"},
		// A number inside an organization's name; "System" ends one.
		{"Ada Eze sued Mercy Valley Health System and Route 9 Partners.", "Ada Eze/person/first-name Mercy Valley Health System/org/org-word Route 9 Partners/org/org-word"},
		// The last word of a team's name, alone later, is a short name.
		{"Ada Eze owns Harwick Rovers. The fans of Rovers cheered.", "Ada Eze/person/first-name Harwick Rovers/org/org-plural Rovers/pending/single"},
		// Campaign committees: "Friends of" a candidate, a candidate "for" a
		// place; a party of a place.
		// a group named for its members and what they stand for, but not
		// people of a place at the start of a sentence
		{"Ada Eze gave $5,000 to Builders of Tomorrow and to Friends of the Tiber.",
			"Ada Eze/person/first-name Builders of Tomorrow/org/org-members Friends of the Tiber/org/org-members"},
		{"Residents of Maple Street said Ada Eze lied.", "Residents/pending/single Maple Street/place/place Ada Eze/person/first-name"},
		// a place as the seat of a local office: its government
		{"Ada Eze was elected mayor of Port Ellis.", "Ada Eze/person/first-name Port Ellis/org/office-of"},
		{"Ada Eze toured the port of Port Ellis.", "Ada Eze/person/first-name Port Ellis/place/place"},
		// after "in", a name that opens with no given name is a place's,
		// but not one found in someone, nor one that owns
		{"Ada Eze met donors in Cedar Bluff.", "Ada Eze/person/first-name Cedar Bluff/place/place-after"},
		{"Ada Eze has an ally in Tovar Halden.", "Ada Eze/person/first-name Tovar Halden/person/name-shape"},
		{"Ada Eze sat in Tovar Halden's office.", "Ada Eze/person/first-name Tovar Halden/person/name-shape"},
		{"Ada Eze has found a fierce critic in Tovar Halden.", "Ada Eze/person/first-name Tovar Halden/person/name-shape"},
		// not holders of a post in something, nor a year opening a sentence
		{"Dozens of Members of Parliament wrote to Ada Eze.", "Members/pending/single Ada Eze/person/first-name"},
		{"Local 2026 races drew money, Ada Eze said.", "Ada Eze/person/first-name"},
		// a person described with a body after a preposition
		{"Wisdom Oduya, an organizer with the union, said the strike would go on.", "Wisdom Oduya/person/described-name"},
		// a union local named by its number alone
		{"Local 418 gave $5,000 to Ada Eze.", "Local 418/org/org-word Ada Eze/person/first-name"},
		{"Ada Eze gave to Friends of Ann Cole, Cole for Denver and the Labor Party of Ohio.",
			"Ada Eze/person/first-name Friends of Ann Cole/org/org-word Cole for Denver/org/org-for Labor Party of Ohio/org/org-word"},
		// Foreign words for a company end a name.
		{"Ada Eze sued Serra Verde Mineração.", "Ada Eze/person/first-name Serra Verde Mineração/org/org-word"},
		// (but not a street after "on", two organizations joined by
		// "and", a head word before a name, a family)
		{"Ada Eze protested outside Harbor Bank on Main Street and sued Acme Group and Union Bank.",
			"Ada Eze/person/first-name Harbor Bank/org/org-word Acme Group/org/org-word Union Bank/org/org-word"},
		{"Bank Leumi sued Ada Eze. The Joneses hosted her.", "Bank Leumi/org/org-word Ada Eze/person/first-name Joneses/pending/single her/person/pronoun"},
		{"Photographer Yaw Asamoah sued Harbor Bank and Trust Company.",
			"Yaw Asamoah/person/titled-name Harbor Bank and Trust Company/org/org-word"},
		{"Nadia Orlov thanked St. Brigid's Children's Hospital Foundation and St. Jude Children's Research Hospital.",
			"Nadia Orlov/person/first-name St. Brigid's Children's Hospital Foundation/org/org-word St. Jude Children's Research Hospital/org/org-word"},
		{"Nadia Orlov chaired St. Brendan's Medical Center's annual gala.",
			"Nadia Orlov/person/first-name St. Brendan's Medical Center/org/org-word"},
		{"The Arizona Privacy and Innovation Coalition sued Vantor Bank and Harlow Group.",
			"Arizona Privacy and Innovation Coalition/org/org-word Vantor Bank/org/org-word Harlow Group/org/org-word"},
		// common words the treebank lacks, known by their endings; one
		// word after "the" before "and"; a tail word that is no common
		// word; but a name with such an ending stays a name
		{"Omar Lund was questioned by the Ethics and Anti-Corruption Directorate.",
			"Omar Lund/person/first-name Ethics and Anti-Corruption Directorate/org/org-word"},
		{"Omar Lund met the Regional Mediation and Conciliation Board on Monday.",
			"Omar Lund/person/first-name Regional Mediation and Conciliation Board/org/org-word"},
		{"Greer Holdings and Bastion Capital settled on Monday.",
			"Greer Holdings/org/org-word Bastion Capital/org/org-word"},
		// a title set beside a name it does not know as a given name is
		// that person's, not the office-holder the knowledge base knows
		{"The speaker, Anneke Visser, criticized Kwabena Ofori.",
			"Anneke Visser/person/name-shape Kwabena Ofori/person/first-name"},
		// a people's name before a role is no team the role is of
		{"Matias Ferro, the Argentine coach of Vila Nova, met Ana Ruiz.",
			"Matias Ferro/person/described-name Argentine/pending/single Vila Nova/org/org-context Ana Ruiz/person/first-name"},
		// A kind of business, a hyphenated role, a month's short form
		// before a name are no part of it / part of it.
		{"Automaker Stellwerk Motors sued Kestrel Broadcasting.",
			"Stellwerk Motors/org/org-word Kestrel Broadcasting/org/org-word"},
		{"Mega-donor Lorraine Abernathy-Cole gave to the Jan Samriddhi Party.",
			"Lorraine Abernathy-Cole/person/titled-name Jan Samriddhi Party/org/org-word"},
		// A foreign article opens an organization's name.
		{"Camille Roux edits Le Quotidien Libre.",
			"Camille Roux/person/name-shape Le Quotidien Libre/org/org-the"},
		// A plural role word opening names joined by "and".
		{"Developers Nkiru Obi and Pavel Sokol met Inga Berg.",
			"Nkiru Obi/person/titled-name Pavel Sokol/person/first-name Inga Berg/person/name-shape"},
		// A given name; a title; a pronoun; an organization word.
		{"Harlan Voss and Senator Dana Whitfield said he would join Halvorsen Capital.",
			"Harlan Voss/person/first-name Dana Whitfield/person/titled-name he/person/pronoun Halvorsen Capital/org/org-word"},
		// A photo credit names nobody in the story; a news outlet before
		// "reported"; a lone name before "said".
		{"Photo/Alex Brandon. Fortune reported that Okafor said the crypto PAC Fairshake spent money.",
			"Fortune/org/source Okafor/person/speaker-name Fairshake/org/org-context"},
		// A modal or a month as a given name where no modal or month can
		// stand (before or after a past verb); a conjunction never is one.
		{"Will Bishop met May Sterling. While Okoro said so, Jun Watanabe rebuked him.",
			"Will Bishop/person/given-name-slot May Sterling/person/given-name-slot Okoro/person/speaker-name Jun Watanabe/person/given-name-slot him/person/pronoun"},
		// A name ending in a plural common noun is a firm's.
		{"Tamsin Okoro chairs Corvid Analytics and Harbor Dynamics.",
			"Tamsin Okoro/person/name-shape Corvid Analytics/org/org-plural Harbor Dynamics/org/org-plural"},
		// Names joined by "for": a campaign's, a group's named for its
		// members; a plural role word before an organization's word.
		{"Okoro gave to the Brennan for Senate campaign, Citizens for Clean Water and the Teachers Union of Ohio.",
			"Okoro/pending/single Brennan for Senate/org/org-word Citizens for Clean Water/org/org-for Teachers Union of Ohio/org/org-word"},
		// A common noun's possessive inside an organization's name (not
		// a person's); a union's local by its number; an orchestra.
		{"Ida Marsh backed the People's Unity Party, Senator Pryce's Reform Party, the Steelworkers Local 1230 and the Tiber Symphony.",
			"Ida Marsh/person/first-name People's Unity Party/org/org-word Pryce/person/titled-name Reform Party/org/org-word Steelworkers Local 1230/org/org-word Tiber Symphony/org/org-word"},
		// A name set off after a kind of organization is its name; a
		// person's name after the noun someone speaks for is not.
		{"Dmitri Olsen threatened to sue the singer's production company, Brightwater Live, on Friday.",
			"Dmitri Olsen/person/first-name Brightwater Live/org/org-context"},
		{"A spokesman for the union, Rohan Das, declined to comment.",
			"Rohan Das/person/first-name"},
		// A place's word that is a surname too ends a place only after a
		// word that puts a place after it.
		{"The fans marched around Haverleigh Park before Ji-woo Park spoke.",
			"Haverleigh Park/place/place Ji-woo Park/person/name-shape"},
		{"Victoria Lane told reporters the Blackstone River was poisoned.",
			"Victoria Lane/person/first-name Blackstone River/place/place"},
		// A dollar other than the US one is no part of the name before it.
		{"The Coal Workers Federation gave Green Harbor Alliance A$2 million.",
			"Coal Workers Federation/org/org-word Green Harbor Alliance/org/org-word"},
		// "it" reported by a speech verb is an organization's.
		{"Halvorsen Capital said it would appeal. It is unclear when.",
			"Halvorsen Capital/org/org-word it/org/pronoun"},
		// A name that "says it …" is a body speaking of itself, and the
		// same name again is the same body; "It also" opening a
		// sentence with a past tense is one too.
		{"Ashgrove Quill says it owns the series. Corvel Dynamics sued Ashgrove Quill. It also sued Tamsin Okoro.",
			"Ashgrove Quill/org/org-says-it it/org/pronoun Corvel Dynamics/org/org-plural Ashgrove Quill/org/repeated It/org/pronoun Tamsin Okoro/person/name-shape"},
		// One word no name before has held that says, after a time and
		// "that", that "it" will act is a body; a surname named before
		// in full is a person's, whatever "it" means.
		{"Vistaplay said on Monday that it would sue Odile Brenner.",
			"Vistaplay/org/org-says-it it/org/pronoun Odile Brenner/person/name-shape"},
		{"Pellow said on Friday that it was a mistake to back Odile Brenner.",
			"Pellow/person/speaker-name it/org/pronoun Odile Brenner/person/name-shape"},
		{"Odile Brenner spoke. Brenner said it was a mistake.",
			"Odile Brenner/person/surname-reused Brenner/person/speaker-name it/org/pronoun"},
		// What a stake is held in is a company; "percent of" is a stake
		// only after a verb of owning.
		{"Ida Roe owns 6 percent of Tarrow Vexley.", "Ida Roe/person/first-name Tarrow Vexley/org/org-context"},
		{"Ida Roe built a 7 percent stake in Helvor Quist.", "Ida Roe/person/first-name Helvor Quist/org/org-context"},
		{"Ida Roe owns about 6 per cent of Tarrow Vexley.", "Ida Roe/person/first-name Tarrow Vexley/org/org-context"},
		{"Ida Roe sold a stake in Okonkwo Adeyemi's bakery.", "Ida Roe/person/first-name Okonkwo Adeyemi/person/name-shape"},
		// A capitalised plural someone named has is their team (not
		// common words capitalised in a post).
		{"Odile Brenner's Tidewater Gulls won the title.",
			"Odile Brenner/person/name-shape Tidewater Gulls/org/org-possessed"},
		// An indefinite pronoun opening a sentence starts no name, but
		// may open a firm's.
		{"Everything Yara Mensah said was true.", "Yara Mensah/person/titled-name"},
		{"Nothing Technology hired Yara Mensah.", "Nothing Technology/org/org-word Yara Mensah/person/name-shape"},
		// A kind of organization in the plural, capitalised by the
		// sentence's start, names none.
		{"Super PACs tied to Ines Calder spent heavily.", "Ines Calder/person/first-name"},
		// A name of common words opening its sentence, taken up by
		// "its", is a body's.
		{"Common Ground Majority has hired Nico Ferrante, a veteran of three campaigns, as its director.",
			"Common Ground Majority/org/org-its Nico Ferrante/person/described-name"},
		// A pronoun after a name is the person's named before it, which
		// makes the name no person's.
		{"Forrest Engel clashed with Arcadia Dunmore over outages in his district.",
			"Forrest Engel/person/first-name Arcadia Dunmore/person/name-shape his/person/pronoun"},
		// A kind word before a company's name is no part of it; a
		// weekday after a name is the date.
		{"Ada Eze gave to the super PAC Harbor Forward, Inc. and met Softbank Tuesday.",
			"Ada Eze/person/first-name Harbor Forward, Inc./org/org-word Softbank/pending/single"},
		// A committee named for the office its candidate seeks, where
		// money goes to it; a candidate endorsed for an office is not one.
		{"Lars Ek gave $3,300 to Rivera for Congress. Dana Obi endorsed Maria Lopez for Congress.",
			"Lars Ek/person/first-name Rivera for Congress/org/org-word Dana Obi/person/first-name Maria Lopez/person/first-name Congress/org/kb"},
		// A post held at it makes an organization; a tie to a person
		// does not.
		{"Ada Eze is chief executive of Fenwick Lumen and the daughter of Maria Lopez.",
			"Ada Eze/person/first-name Fenwick Lumen/org/org-context Maria Lopez/person/first-name"},
		// A noun for a kind of person opening a sentence describes the
		// one named after it, unless it is a given name; lower-case, it
		// makes the name after it a person's; a verb form never does.
		{"Hotelier Keanu Alapai met Hunter Ellison Marsh and almond grower Tavi Roon. Imani Brooks accused Gordon Pike.",
			"Keanu Alapai/person/titled-name Hunter Ellison Marsh/person/first-name Tavi Roon/person/titled-name Imani Brooks/person/first-name Gordon Pike/person/first-name"},
		// A name with no given name that takes someone on or lets them go
		// "as" a role is an employer's; a sometime speech verb with a
		// name after it speaks of no one.
		{"Rheinland Chemie hired Lena Hartmann as head of research. Kingsway Rovers fired Graham Tullett as manager.",
			"Rheinland Chemie/org/org-context Lena Hartmann/person/name-shape Kingsway Rovers/org/org-plural Graham Tullett/person/first-name"},
		// Words joined by "of" to a run ending in an organization's word
		// are one name; a person's name is not joined so.
		{"Abebe Tesfaye chairs the Horn of Africa Trade Council. Jane Smith of Harbor Trade Council spoke.",
			"Abebe Tesfaye/person/name-shape Horn of Africa Trade Council/org/org-word Jane Smith/person/first-name Harbor Trade Council/org/org-word"},
		// A month's short name as a given name, listed with a person.
		{"Ewa Nowak and Jan Zielinski set aside their grudges.",
			"Ewa Nowak/person/first-name Jan Zielinski/person/given-name-slot"},
		// A given name that is also a word, before an irregular past.
		{"Mercy Adjei had breakfast with Pavel Hruby.",
			"Mercy Adjei/person/name-shape Pavel Hruby/person/first-name"},
		// A title or role inside a run splits an organization from the
		// person who holds the post there.
		{"Kessler Bank President Giles Thornbury met Vantor Robotics Chief Executive Lena Park.",
			"Kessler Bank/org/org-word Giles Thornbury/person/titled-name Vantor Robotics/org/org-word Lena Park/person/titled-name"},
		// A wire dateline's city is no organization.
		{"BOGOTA, May 12 (Reuters) - Javier Ocampo met Katarzyna Nowicka.",
			"Reuters/org/kb Javier Ocampo/person/first-name Katarzyna Nowicka/person/first-name"},
		// Organization words in other languages; "its" after "as"
		// belongs to the sentence's subject, not the name before it.
		{"Banco Austral named Helena Vargas as its chief executive.",
			"Banco Austral/org/org-word Helena Vargas/person/first-name"},
		// Joiners are no words of a name's length.
		{"Jan-Willem van der Berg sued Tuva Lindahl.",
			"Jan-Willem van der Berg/person/name-shape Tuva Lindahl/person/name-shape"},
		// A capitalised word modifying a role names no one.
		{"Nigerian shipping magnate Ada Eze met veteran Polish diplomat Piotr Nowak.",
			"Nigerian/pending/single Ada Eze/person/titled-name Polish/pending/single Piotr Nowak/person/titled-name"},
		// Names in a credit line: after a slash, or in a line opening
		// "Photo by".
		{"Photo by Lena Park/Reuters via Getty Images",
			""},
		// An acronym after the name it spells.
		{"He thanked the National Port Council (NPC).", "He/person/pronoun National Port Council/org/org-word NPC/org/acronym"},
		// A country's government named by its people's word or its
		// place is an organization; the people's word alone is not.
		{"Ida Roe accused the Norwegian government and the U.S. government of lying.",
			"Ida Roe/person/first-name Norwegian government/org/government U.S. government/org/government"},
		// A kind of organization before a name that "he" takes up is a
		// person's trade, not a firm's kind.
		{"Quarry operator Hendrik Mulder announced on Monday that he had resigned.", "Quarry/pending/single Hendrik Mulder/person/speaker-name he/person/pronoun"},
		// … but not a "she" who may be the person named before.
		{"Anna Reyes was a paralegal. Law firm Baker Holt said on Monday that she had been fired.", "Anna Reyes/person/first-name Law/pending/single Baker Holt/org/org-context she/person/pronoun"},
		// A candidate's committee named for the office, opening its
		// clause after a fronted phrase, or after a role and "for".
		{"On Monday, Tallis for Senate accused Governor Rex Hume of lying.", "Tallis for Senate/org/org-word Rex Hume/person/titled-name"},
		{"Farida Okon signed on as campaign manager for Brightwater for Governor.", "Farida Okon/person/first-name Brightwater for Governor/org/org-for"},
		{"Farida Okon is the new treasurer of Halvard for Ohio.", "Farida Okon/person/first-name Halvard for Ohio/org/org-for"},
		{"Midfielder Ada Lund joined Atlético Valderrama from Sporting Braga.", "Ada Lund/person/titled-name Atlético Valderrama/org/org-word Sporting Braga/org/org-word"},
		{"Orvale's shares fell after Ada Lund's products were recalled.", "Orvale/org/org-context Ada Lund/person/first-name"},
		{"Ada Lund sued BrightLoom on Monday and told the Courier-Herald she would win.", "Ada Lund/person/first-name BrightLoom/org/org-brand Courier-Herald/org/org-brand she/person/pronoun"},
		{"Ada Lund met Tomas MacLeod, Rae DeLuca, LeeAnn Pryce and DeShawn Oyelaran-Brooks.", "Ada Lund/person/first-name Tomas MacLeod/person/first-name Rae DeLuca/person/name-shape LeeAnn Pryce/person/name-shape DeShawn Oyelaran-Brooks/person/first-name"},
		{"Lars Ek gave $500 to the mayor's committee, Tallis for Brennock Heights, in May.", "Lars Ek/person/first-name Tallis for Brennock Heights/org/org-for"},
		// Two abbreviated titles in a row are one.
		{"Lt. Gov. Deshawn Barnes praised Governor Marisol Reyes.", "Deshawn Barnes/person/titled-name Marisol Reyes/person/titled-name"},
		// A plural after "the" before a speech verb is a team's name.
		{"The Riverside Kestrels said Ida Roe had resigned.", "Riverside Kestrels/org/org-the Ida Roe/person/first-name"},
		{"The Falcons said Ida Roe had resigned.", "Falcons/org/org-the Ida Roe/person/first-name"},
		// A rare given name before "its" and a role is a person's.
		{"Quillor Systems named Xiomara Velandia its chief executive.", "Quillor Systems/org/org-word Xiomara Velandia/person/name-shape"},
	}
	for _, tt := range tests {
		_, got := mentionsOf(t, tt.body)
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.body, strings.Join(got, " "), tt.want)
		}
	}
}

func TestMentionTitlesAndEntries(t *testing.T) {
	d, _ := mentionsOf(t, "President-elect Donald Trump met Comedian Dana Whitcomb.")
	trump, whitcomb := d.Mentions[0], d.Mentions[1]
	if trump.Title != "President-elect" || trump.TitleFirst != trump.First-1 || trump.Entry == nil || trump.Entry.Name != "Donald Trump" {
		t.Errorf("Trump mention = %+v", trump)
	}
	if whitcomb.Title != "Comedian" || whitcomb.Entry != nil || whitcomb.Entity != -1 {
		t.Errorf("Whitcomb mention = %+v (no entity before coreference)", whitcomb)
	}
}

func TestGivenName(t *testing.T) {
	d := stagetest.Doc(t, "2025-06-04", "")
	if !GivenName(d, "Harlan") || GivenName(d, "The") || GivenName(d, "Stellantis") {
		t.Error("GivenName: want Harlan and not The or Stellantis")
	}
}

func TestListedNames(t *testing.T) {
	body := "Several firms gave to the fund, the governor's office said.\n\nThe donors, according to the filing:\n\nKestrel Dynamics\n\nCaterpillow\n\nNadia and Felix Haroun\n\nPeter E. Lindqvist\n\nTomas R. Vikstrom\n\nBank of Corvin\n\nThe filing gave no amounts.\n\nRead more:\n\nWeather"
	d, got := mentionsOf(t, body)
	lists := d.NameLists()
	if len(lists) != 1 || len(lists[0].Items) != 6 {
		t.Fatalf("lists = %+v", lists)
	}
	// Each line names someone; a line of two given names and a surname
	// keeps what the name rules find; a list of one line is no list.
	want := "Kestrel Dynamics/org/org-plural Caterpillow/org/list-item Nadia/pending/single Felix Haroun/person/first-name Peter E. Lindqvist/person/first-name Tomas R. Vikstrom/person/first-name Bank of Corvin/org/org-word"
	if g := strings.Join(got, " "); !strings.Contains(g, want) || strings.Contains(g, "Weather/org") {
		t.Errorf("mentions = %s\nwant them to hold %s", g, want)
	}
}

// TestCreditsAndPlacesNameNoOne checks that names in credit lines, after
// the first name too, and streets, buildings, towns, rivers and regions
// are no people or organizations.
func TestCreditsAndPlacesNameNoOne(t *testing.T) {
	for _, body := range []string{
		"(Reporting by Nadia Throckmore and Elias Brandvik; Editing by Marguerite Ostberg)",
		"--With assistance from Devorah Kinsel.",
		"AP Sports Writer Ines Moradi-Whit in Sacramento contributed to this report.",
		"The rally on Harambee Avenue drew a crowd.",
		"The two met in Santa Barbara.",
		"Political analysts said the race was close.",
		"Residents said the Blackstone River was poisoned.",
		"Wildfires spread across the Pacific Northwest.",
		"She lives near Marsh Lane.",
		"The rocket rose over Cape Canaveral.",
	} {
		d, _ := mentionsOf(t, body)
		for _, m := range d.Mentions {
			if (m.Type == doc.Person || m.Type == doc.Org) && !m.Pronoun {
				t.Errorf("%q: %q is a %s", body, d.Text[m.Start:m.End], m.Type)
			}
		}
	}
}

// TestAssistanceOutsideCredits checks that "assistance from" names its
// giver outside a credit line.
func TestAssistanceOutsideCredits(t *testing.T) {
	_, got := mentionsOf(t, "The city sought financial assistance from Harwell Capital Partners in May.")
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Harwell Capital Partners/org") }) {
		t.Errorf("mentions %q, want Harwell Capital Partners", got)
	}
}

func TestStripNickname(t *testing.T) {
	for in, want := range map[string][2]string{
		`Margaret "Peg" Holt`: {"Margaret Holt", "Peg"},
		"Margaret “Peg” Holt": {"Margaret Holt", "Peg"},
		"Margaret Holt":       {"Margaret Holt", ""},
	} {
		if name, nick := StripNickname(in); name != want[0] || nick != want[1] {
			t.Errorf("StripNickname(%q) = %q, %q; want %q, %q", in, name, nick, want[0], want[1])
		}
	}
}

// A headline in title case runs names into the words after them: a
// function word ends a name, as do common words and verbs in -s at its
// end that the body does not use, and one opening it.
func TestHeadlineNamesCut(t *testing.T) {
	for _, c := range []struct{ body, bad, want string }{
		{"Labor Secretary Vela-Quist Resigns After Months of Friction With Congress\n\nLabor Secretary Renata Vela-Quist resigned on Thursday. Vela-Quist, 61, said she was grateful.",
			"Resigns", "Vela-Quist/person/titled-name"},
		{"Billionaire Dmitri Ostrow Calls Amara 'Ungrateful' After She Skips His Gala\n\nBillionaire Dmitri Ostrow has gone to war with the singer Amara Nwosu. Amara has not replied.",
			"Calls", "Amara/"},
		{"QuillBook News - Money in Politics\n\nRecords reviewed by QuillBook show that Ada Quill gave $5,000 to Tom Hale.",
			"Politics", "QuillBook News/org/"},
	} {
		_, got := mentionsOf(t, c.body)
		all := strings.Join(got, " | ")
		if strings.Contains(all, c.bad) {
			t.Errorf("%q: a mention holds %q: %s", c.body, c.bad, all)
		}
		if !strings.Contains(all, c.want) {
			t.Errorf("%q: no mention %q: %s", c.body, c.want, all)
		}
	}
}

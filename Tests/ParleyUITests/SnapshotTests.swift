import ParleyKit
import ParleyUI
import Testing

/// Rendered screens, compared line by line with what a user would see.
/// Style lines use `StyleMap`'s one-letter code per cell.
@Suite("Screens")
struct SnapshotTests {
    @Test func library() throws {
        let grid = Driver.library(try Fixture.shippedLibrary()).grid
        #expect(grid.lines == [
            " Library · 1 article",
            "",
            " ▸ Thissen: Richt je op regie            Tof Thissen   5 questions   1 reaction",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter open · / filter · ? help · q quit                                    1/1",
        ])
        #expect([0, 2, 23].map { StyleMap.row(grid, $0) } == [
            " bbbbbbbbbbbbbbbbbbb                                                            ",
            "rRrRRRRRRRRRRRRRRRRRRRRRRRRRRrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
            "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
        ])
    }

    @Test func readerAtTheTop() throws {
        let grid = Driver.reader(try Fixture.thissen()).grid
        #expect(grid.lines == [
            "  Thissen: Richt je op regie",
            "  Tof Thissen, directeur KING · Gemeente.nu",
            "",
            "  KING staat in het oog van de storm als het gaat om een groot aantal",
            "  ontwikkelingen en vernieuwingen bij gemeenten. De man die ze daar plaatst is",
            "  directeur Tof Thissen, een vraaggesprek.",
            "",
            "▌ 1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen",
            "▌    binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze",
            "▌    van KING?",
            "",
            "  “Het is allereerst natuurlijk vooral een formele zaak. Maar ik ben er wel",
            "  ongelofelijk blij mee. De algemene ledenvergadering van de VNG is nu ook het",
            "  hoogste orgaan dat over KING gaat. Dat betekent uiteindelijk dat bij",
            "  goedkeuring er meer draagvlak is voor wat wij doen. En dat is alleen maar",
            "  positief. Het betekent ook zeker niet dat wij nu rustig achterover gaan",
            "  leunen. Wij zullen dagelijks laten zien wat wij allemaal doen en gaan doen.",
            "  Zo zien gemeenten waar ze voor betalen en wat ze daarvoor terug krijgen. Wij",
            "  moeten en zullen ze blijven overtuigen.”",
            "",
            "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?",
            "",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            " Thissen: Richt je op regie                                         28%  ? help",
        ])
        // Title bold, metadata dim, questions bold cyan with the marker, status line reversed.
        #expect([0, 1, 7, 8, 23].map { StyleMap.row(grid, $0) } == [
            "  bbbbbbbbbbbbbbbbbbbbbbbbbb                                                    ",
            "  ddddddddddddddddddddddddddddddddddddddddd                                     ",
            "c cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc  ",
            "c ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc     ",
            "rRRRRRRRRRRRRRRRRRRRRRRRRRRrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
        ])
    }

    @Test func readerOnQuestionThree() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("3")
        #expect(driver.lines == [
            "▌ 3. Dat klinkt als een proces dat jaren gaat duren",
            "",
            "  “Nee, natuurlijk is dit niet iets wat je zomaar op korte termijn invoert en",
            "  geregeld wordt. Dit vraagt veel verandering van de organisatie en de",
            "  medewerkers en dat zal zijn tijd in beslag nemen. Maar je moet het wel nu",
            "  inzetten, simpelweg omdat je anders de nieuwe realiteit en alle nieuwe taken",
            "  die op je af komen niet het hoofd gaat kunnen bieden. De noodzaak is",
            "  overduidelijk en daarom moet je nu investeren in deze urgentie.”",
            "",
            "▌ 4. Iets wat gemeenten niet alleen kunnen, of ?",
            "",
            "  “Als gemeente moet je laten zien waar je kracht ligt. En ik blijf het",
            "  herhalen: de identiteit zit aan de voorkant. Niet in de backoffice en in",
            "  allerlei ict-oplossingen. Die moet je samen juist zo generiek mogelijk",
            "  maken. Zorg dat het werkt en zorg dat alle gemeenten er gebruik van kunnen",
            "  maken. Zorg voor gestandaardiseerde oplossingen. Dat nog niet alle gemeenten",
            "  er zo over denken is natuurlijk hun goed recht, maar KING zal dit wel",
            "  blijven uitdragen en er keihard aan werken dat die standaarden er komen. Om",
            "  uiteindelijk alle gemeenten te overtuigen van deze aanpak. Dat doen we",
            "  overigens niet alleen, maar samen met een groot aantal voorhoede gemeenten",
            "  en organisaties als Dimpact en GovUnited.”",
            "",
            "▌ 5. En wat zijn de uitdagingen voor KING?",
            " Thissen: Richt je op regie                           question 3/5  72%  ? help",
        ])
    }

    @Test func outline() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("3o")
        let grid = driver.grid
        #expect(grid.lines == [
            "▌ 3. Dat klinkt als een proces dat jaren gaat duren",
            "",
            "  “Nee, natuurlijk is dit niet iets wat je zomaar op korte termijn invoert en",
            "  geregeld wordt. Dit vraagt veel verandering van de organisatie en de",
            "  medewerkers en dat zal zijn tijd in beslag nemen. Maar je moet het wel nu",
            "  inzetten, simpelweg omdat je anders de nieuwe realiteit en alle nieuwe taken",
            "  die op je af komen niet het hoofd gaat kunnen bieden. De noodzaak is",
            "  overduidelijk en daarom moet je nu investeren in deze urgentie.”",
            "   ┌ Questions ─────────────────────────────────────────────────────────────┐",
            "▌ 4│     1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder… │",
            "   │     2. Regie is een veel gehoord woord vanuit KING, waarom?            │",
            "  “│ ▸ ● 3. Dat klinkt als een proces dat jaren gaat duren                  │",
            "  h│     4. Iets wat gemeenten niet alleen kunnen, of ?                     │",
            "  a│     5. En wat zijn de uitdagingen voor KING?                           │",
            "  m└─────────────────────────────────────────────── Enter jump · Esc close ─┘",
            "  maken. Zorg voor gestandaardiseerde oplossingen. Dat nog niet alle gemeenten",
            "  er zo over denken is natuurlijk hun goed recht, maar KING zal dit wel",
            "  blijven uitdragen en er keihard aan werken dat die standaarden er komen. Om",
            "  uiteindelijk alle gemeenten te overtuigen van deze aanpak. Dat doen we",
            "  overigens niet alleen, maar samen met een groot aantal voorhoede gemeenten",
            "  en organisaties als Dimpact en GovUnited.”",
            "",
            "▌ 5. En wat zijn de uitdagingen voor KING?",
            " Thissen: Richt je op regie                           question 3/5  72%  ? help",
        ])
        // The selected row is reversed inside the frame; the current question is bold.
        #expect(StyleMap.row(grid, 11) == "   CrRrRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRrrrrrrrrrrrrrrrrrrC   ")
    }

    @Test func help() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("?")
        #expect(driver.lines == [
            " ┌ Keys: reader ─────────────────────────────────────────────────────────────┐",
            " │ j Down Enter / k Up                  line down / up                       │",
            " │ Space f PgDn Ctrl-F / b PgUp Ctrl-B  page down / up                       │",
            " │ d / u                                half page down / up                  │",
            " │ g Home / G End                       top / bottom                         │",
            " │ ] / [                                next / previous question or reaction │",
            " │ 1..9                                 question 1 to 9                      │",
            "▌│ o                                    outline: the questions               │",
            "▌│ /                                    search                               │",
            "▌│ n / N                                next / previous match                │",
            " │ Esc                                  clear the search highlight           │",
            " │ r                                    the reactions                        │",
            " │ w                                    next new reaction                    │",
            " │ a                                    add a reaction                       │",
            " │ R                                    reply to the marked reaction         │",
            " │ ?                                    this help                            │",
            " │ q                                    back to the library, or quit         │",
            " │ Q Ctrl-C                             quit now                             │",
            " │ Ctrl-L                               redraw the screen                    │",
            " │ Ctrl-Z                               suspend (fg resumes)                 │",
            "▌│ mouse wheel                          scroll                               │",
            " └───────────────────────────────────────────────────── any key closes this ─┘",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            " Thissen: Richt je op regie                                         28%  ? help",
        ])
    }

    @Test func helpInDutch() throws {
        var driver = Driver.reader(try Fixture.thissen(), language: .dutch)
        driver.type("?")
        #expect(driver.lines == [
            "  ┌ Toetsen: lezer ──────────────────────────────────────────────────────────┐",
            "  │ j Omlaag Enter / k Omhoog             regel omlaag / omhoog              │",
            "  │ Spatie f PgDn Ctrl-F / b PgUp Ctrl-B  pagina omlaag / omhoog             │",
            "  │ d / u                                 halve pagina omlaag / omhoog       │",
            "  │ g Home / G End                        begin / eind                       │",
            "  │ ] / [                                 volgende / vorige vraag of reactie │",
            "  │ 1..9                                  vraag 1 t/m 9                      │",
            "▌ │ o                                     overzicht van de vragen            │",
            "▌ │ /                                     zoeken                             │",
            "▌ │ n / N                                 volgende / vorige treffer          │",
            "  │ Esc                                   zoekmarkering weg                  │",
            "  │ r                                     de reacties                        │",
            "  │ w                                     volgende nieuwe reactie            │",
            "  │ a                                     reageren                           │",
            "  │ R                                     antwoord op de gemarkeerde reactie │",
            "  │ ?                                     deze hulp                          │",
            "  │ q                                     terug (bibliotheek) of stoppen     │",
            "  │ Q Ctrl-C                              nu stoppen                         │",
            "  │ Ctrl-L                                scherm opnieuw tekenen             │",
            "  │ Ctrl-Z                                pauzeren (fg gaat verder)          │",
            "▌ │ muiswiel                              scrollen                           │",
            "  └─────────────────────────────────────────────────── elke toets sluit dit ─┘",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            " Thissen: Richt je op regie                                         28%  ? hulp",
        ])
    }

    @Test func statusLineInDutch() throws {
        var driver = Driver.reader(try Fixture.thissen(), language: .dutch)
        driver.type("]]")
        #expect(driver.statusLine == " Thissen: Richt je op regie                              vraag 2/5  53%  ? hulp")
    }

    @Test func searchHighlight() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]]/regie")
        let grid = driver.grid
        #expect(grid.lines == [
            "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?",
            "",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet",
            "  organiseren. Daarvoor is belangrijk dat gemeenten realiseren dat ze niet",
            "  altijd ook de uitvoerder moeten zijn. Ze moeten zich veel meer richten op",
            "  regie en op goed opdrachtgeverschap. Gemeenten zijn bij uitstek geschikt om",
            "  netwerken te sturen en richting te geven. Het gaat er om dat taken en",
            "  verantwoordelijkheden meer gedeeld worden. Laat professionals het verder",
            "  invullen. De gemeente moet snappen wat er nodig is voor zijn burgers en",
            "  vervolgens het scenario schetsen. Dat scenario wordt net als in de film door",
            "  anderen gespeeld, maar wel onder jou regie. Dat vraagt van de gemeentelijke",
            "  organisatie meer empathisch vermogen en betekent een emancipatie van de",
            "  uitvoering. Dat betekent overigens zeker niet dat je de baas gaat spelen. “",
            "",
            "▌ 3. Dat klinkt als een proces dat jaren gaat duren",
            "",
            "  “Nee, natuurlijk is dit niet iets wat je zomaar op korte termijn invoert en",
            "  geregeld wordt. Dit vraagt veel verandering van de organisatie en de",
            "  medewerkers en dat zal zijn tijd in beslag nemen. Maar je moet het wel nu",
            "  inzetten, simpelweg omdat je anders de nieuwe realiteit en alle nieuwe taken",
            "  die op je af komen niet het hoofd gaat kunnen bieden. De noodzaak is",
            "  overduidelijk en daarom moet je nu investeren in deze urgentie.”",
            " /regie                                                               match 2/6",
        ])
        // The current match (in the question) stands out from the others.
        #expect([0, 6, 11, 23].map { StyleMap.row(grid, $0) } == [
            "c cccyyyyyccccccccccccccccccccccccccccccccccccccccccccccc                       ",
            "  rrrrr                                                                         ",
            "                                       rrrrr                                    ",
            "                                                                                ",
        ])
        #expect(grid.cursor == GridPoint(row: 23, column: 7))
    }

    @Test func twentyByFive() throws {
        #expect(Driver.reader(try Fixture.thissen(), width: 20, height: 5).lines == [
            "  Thissen: Richt",
            "  je op regie",
            "  Tof Thissen,",
            "  directeur KING ·",
            " Thissen: Rich…  1%",
        ])
    }

    @Test func twoHundredByFifty() throws {
        #expect(Driver.reader(try Fixture.thissen(), width: 200, height: 50).lines == [
            "                                                              Thissen: Richt je op regie",
            "                                                              Tof Thissen, directeur KING · Gemeente.nu",
            "",
            "                                                              KING staat in het oog van de storm als het gaat om een groot aantal",
            "                                                              ontwikkelingen en vernieuwingen bij gemeenten. De man die ze daar plaatst is",
            "                                                              directeur Tof Thissen, een vraaggesprek.",
            "",
            "                                                            ▌ 1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen",
            "                                                            ▌    binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze",
            "                                                            ▌    van KING?",
            "",
            "                                                              “Het is allereerst natuurlijk vooral een formele zaak. Maar ik ben er wel",
            "                                                              ongelofelijk blij mee. De algemene ledenvergadering van de VNG is nu ook het",
            "                                                              hoogste orgaan dat over KING gaat. Dat betekent uiteindelijk dat bij",
            "                                                              goedkeuring er meer draagvlak is voor wat wij doen. En dat is alleen maar",
            "                                                              positief. Het betekent ook zeker niet dat wij nu rustig achterover gaan",
            "                                                              leunen. Wij zullen dagelijks laten zien wat wij allemaal doen en gaan doen.",
            "                                                              Zo zien gemeenten waar ze voor betalen en wat ze daarvoor terug krijgen. Wij",
            "                                                              moeten en zullen ze blijven overtuigen.”",
            "",
            "                                                            ▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?",
            "",
            "                                                              “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            "                                                              moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet",
            "                                                              organiseren. Daarvoor is belangrijk dat gemeenten realiseren dat ze niet",
            "                                                              altijd ook de uitvoerder moeten zijn. Ze moeten zich veel meer richten op",
            "                                                              regie en op goed opdrachtgeverschap. Gemeenten zijn bij uitstek geschikt om",
            "                                                              netwerken te sturen en richting te geven. Het gaat er om dat taken en",
            "                                                              verantwoordelijkheden meer gedeeld worden. Laat professionals het verder",
            "                                                              invullen. De gemeente moet snappen wat er nodig is voor zijn burgers en",
            "                                                              vervolgens het scenario schetsen. Dat scenario wordt net als in de film door",
            "                                                              anderen gespeeld, maar wel onder jou regie. Dat vraagt van de gemeentelijke",
            "                                                              organisatie meer empathisch vermogen en betekent een emancipatie van de",
            "                                                              uitvoering. Dat betekent overigens zeker niet dat je de baas gaat spelen. “",
            "",
            "                                                            ▌ 3. Dat klinkt als een proces dat jaren gaat duren",
            "",
            "                                                              “Nee, natuurlijk is dit niet iets wat je zomaar op korte termijn invoert en",
            "                                                              geregeld wordt. Dit vraagt veel verandering van de organisatie en de",
            "                                                              medewerkers en dat zal zijn tijd in beslag nemen. Maar je moet het wel nu",
            "                                                              inzetten, simpelweg omdat je anders de nieuwe realiteit en alle nieuwe taken",
            "                                                              die op je af komen niet het hoofd gaat kunnen bieden. De noodzaak is",
            "                                                              overduidelijk en daarom moet je nu investeren in deze urgentie.”",
            "",
            "                                                            ▌ 4. Iets wat gemeenten niet alleen kunnen, of ?",
            "",
            "                                                              “Als gemeente moet je laten zien waar je kracht ligt. En ik blijf het",
            "                                                              herhalen: de identiteit zit aan de voorkant. Niet in de backoffice en in",
            "                                                              allerlei ict-oplossingen. Die moet je samen juist zo generiek mogelijk",
            " Thissen: Richt je op regie                                                                                                                                                                 61%  ? help",
        ])
    }

    @Test func noColour() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: Appearance(unicode: true, colour: false))
        driver.type("]/KING")
        let grid = driver.grid
        #expect(grid.lines == [
            "▌ 1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen",
            "▌    binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze",
            "▌    van KING?",
            "",
            "  “Het is allereerst natuurlijk vooral een formele zaak. Maar ik ben er wel",
            "  ongelofelijk blij mee. De algemene ledenvergadering van de VNG is nu ook het",
            "  hoogste orgaan dat over KING gaat. Dat betekent uiteindelijk dat bij",
            "  goedkeuring er meer draagvlak is voor wat wij doen. En dat is alleen maar",
            "  positief. Het betekent ook zeker niet dat wij nu rustig achterover gaan",
            "  leunen. Wij zullen dagelijks laten zien wat wij allemaal doen en gaan doen.",
            "  Zo zien gemeenten waar ze voor betalen en wat ze daarvoor terug krijgen. Wij",
            "  moeten en zullen ze blijven overtuigen.”",
            "",
            "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?",
            "",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet",
            "  organiseren. Daarvoor is belangrijk dat gemeenten realiseren dat ze niet",
            "  altijd ook de uitvoerder moeten zijn. Ze moeten zich veel meer richten op",
            "  regie en op goed opdrachtgeverschap. Gemeenten zijn bij uitstek geschikt om",
            "  netwerken te sturen en richting te geven. Het gaat er om dat taken en",
            "  verantwoordelijkheden meer gedeeld worden. Laat professionals het verder",
            "  invullen. De gemeente moet snappen wat er nodig is voor zijn burgers en",
            " /KING                                                                match 3/9",
        ])
        // Questions keep the marker and bold without any colour; matches are reversed.
        #expect([0, 2, 3, 23].map { StyleMap.row(grid, $0) } == [
            "b bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbmmmmbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb  ",
            "b bbbbbbbrrrrb                                                                  ",
            "                                                                                ",
            "                                                                                ",
        ])
        for row in 0 ..< grid.height {
            for column in 0 ..< grid.width {
                #expect(grid[row, column].style.foreground == .default && grid[row, column].style.background == .default)
            }
        }
    }

    @Test func asciiOnly() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: Appearance(unicode: false, colour: false))
        driver.type("]")
        #expect(driver.lines == [
            "| 1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen",
            "|    binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze",
            "|    van KING?",
            "",
            "  “Het is allereerst natuurlijk vooral een formele zaak. Maar ik ben er wel",
            "  ongelofelijk blij mee. De algemene ledenvergadering van de VNG is nu ook het",
            "  hoogste orgaan dat over KING gaat. Dat betekent uiteindelijk dat bij",
            "  goedkeuring er meer draagvlak is voor wat wij doen. En dat is alleen maar",
            "  positief. Het betekent ook zeker niet dat wij nu rustig achterover gaan",
            "  leunen. Wij zullen dagelijks laten zien wat wij allemaal doen en gaan doen.",
            "  Zo zien gemeenten waar ze voor betalen en wat ze daarvoor terug krijgen. Wij",
            "  moeten en zullen ze blijven overtuigen.”",
            "",
            "| 2. Regie is een veel gehoord woord vanuit KING, waarom?",
            "",
            "  “De realiteit is dat gemeenten te maken hebben met de problematiek van alles",
            "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet",
            "  organiseren. Daarvoor is belangrijk dat gemeenten realiseren dat ze niet",
            "  altijd ook de uitvoerder moeten zijn. Ze moeten zich veel meer richten op",
            "  regie en op goed opdrachtgeverschap. Gemeenten zijn bij uitstek geschikt om",
            "  netwerken te sturen en richting te geven. Het gaat er om dat taken en",
            "  verantwoordelijkheden meer gedeeld worden. Laat professionals het verder",
            "  invullen. De gemeente moet snappen wat er nodig is voor zijn burgers en",
            " Thissen: Richt je op regie                           question 1/5  37%  ? help",
        ])
    }

    @Test func wideCharactersAndEmoji() throws {
        let entry = try Fixture.article("""
            ---
            title: "Wide 中文 title 😀"
            language: en
            ---

            Mixed 中文字符 and emoji 😀👍 text that wraps 漢字漢字漢字 around 🎉 the edge.

            ## 質問 one 😀?

            Answer.

            """)
        let grid = Driver.reader(entry, width: 30, height: 12).grid
        #expect(grid.lines == [
            "  Wide 中文 title 😀",
            "",
            "  Mixed 中文字符 and emoji",
            "  😀👍 text that wraps",
            "  漢字漢字漢字 around 🎉 the",
            "  edge.",
            "",
            "▌ 1. 質問 one 😀?",
            "",
            "  Answer.",
            "",
            " Wide 中文 titl…  73%  ? help",
        ])
        // Each wide character is a cell and its continuation.
        #expect(grid[2, 8].character == "中")
        #expect(grid[2, 9].isContinuation)
        #expect(grid[3, 2].character == "😀")
        #expect(grid[3, 3].isContinuation)
        #expect(grid[3, 4].character == "👍")
    }
}

import type { RulePack } from '../types';
import { expand, withUmlautVariants } from './shared';

// Heilmittelwerbegesetz (HWG) §3 and §12: advertising that a product heals or prevents disease is reserved to
// medicines; UWG §5 / Anhang for unverifiable rank claims.
const KRANKHEITEN = [
  'krebs', 'tumore', 'tumoren', 'diabetes', 'arthritis', 'arthrose', 'rheuma', 'bluthochdruck', 'corona', 'covid', 'covid-19',
  'depressionen', 'depression', 'alzheimer', 'demenz', 'asthma', 'infektionen', 'grippe', 'krankheiten', 'krankheit',
  'schlaflosigkeit', 'migrane', 'neurodermitis', 'ekzeme', 'schuppenflechte', 'gicht', 'osteoporose', 'erkaltungen', 'herzerkrankungen',
];
const VERBEN = ['heilt', 'heilen', 'wirkt gegen', 'hilft gegen', 'gegen', 'behandelt', 'behandlung von', 'vorbeugung gegen', 'schutzt vor', 'bekampft', 'besiegt', 'lindert'];

const ADJ = ['e', 'er', 'es', 'en', 'em'];

export const dePack: RulePack = {
  id: 'de',
  locales: ['de'],
  rules: (
    [
    {
      id: 'de.absolute_claim.rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['de'],
      patterns: [
        'Nummer 1', 'Nummer eins', 'die Nr. 1', 'weltbeste', 'weltbester', 'weltbestes', 'weltbesten', 'beste der Welt', 'bester der Welt',
        'bestes der Welt', 'das Beste auf dem Markt', 'garantiert wirksam', 'Wirkung garantiert', 'Erfolg garantiert', 'garantierter Erfolg',
      ],
      exceptions: [{ precededBy: ['grosse', 'artikel', 'modell', 'teil', 'schritt', 'seite'] }],
      message: 'Spitzenstellungs- oder Garantiewerbung ohne Nachweis',
    },
    {
      id: 'de.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['de'],
      patterns: [
        'beste', 'bester', 'bestes', 'besten', 'Bestpreis', 'Bestqualität', 'bestmöglich', 'bestmögliche', 'bestmöglichen', 'Bestseller',
        'meistverkauft', 'meistverkaufte', 'meistverkauften', 'höchste Qualität', 'günstigste', 'günstigsten', 'billigste', 'billigsten',
        'unschlagbar', 'unschlagbare', 'unschlagbaren', 'unübertroffen', 'unübertroffene', 'revolutionär', 'revolutionäre',
        'Testsieger', 'bestbewertet', 'bestbewertete', 'Marktführer', 'weltweit führend', 'einzigartige Qualität',
      ],
      exceptions: [
        { followedBy: ['der welt', 'auf dem markt', 'weltweit', 'aller zeiten'], window: 30, action: 'harden' },
        // "am besten bei 30 °C waschen" is an instruction; "beste Grüße" a greeting; "nach bestem Wissen" an idiom.
        { precededBy: ['am', 'zum zweit', 'nach'], followedBy: ['grusse', 'grussen', 'wunsche', 'freund', 'freundin', 'gewissen'] },
      ],
      message: 'Superlativ',
    },
    {
      id: 'de.medical_claim.heilung',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['de'],
      patterns: [
        'heilt', 'heilen', 'Heilung', 'Heilmittel', 'Wundermittel', 'krebsvorbeugend', 'krebshemmend', 'Antikrebs', 'Anti-Krebs',
        'senkt den Blutdruck', 'senkt Blutdruck', 'blutdrucksenkend', 'senkt den Blutzucker', 'blutzuckersenkend', 'senkt Cholesterin',
        'senkt den Cholesterinspiegel', 'gegen Viren und Krankheiten',
        ...expand(VERBEN, KRANKHEITEN),
        ...expand(['beugt'], ['krebs vor', 'krankheiten vor', 'diabetes vor', 'infektionen vor', 'erkaltungen vor']),
      ],
      exceptions: [{ precededBy: ['selbst', 'schnell'], followedBy: ['zeit', 'lampe'] }],
      message: 'Heilversprechen (HWG §3)',
    },
    {
      id: 'de.medical_claim.wellness',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['de'],
      patterns: [
        'Heilsteine', 'Heilstein', 'Heilkraft', 'Heilwirkung', 'heilende Wirkung', 'stärkt das Immunsystem', 'stärkt die Abwehrkräfte',
        'Immunsystem stärken', 'Immunsystem stärkt', 'entgiftet', 'Entgiftung', 'entgiftend', 'klinisch getestet', 'klinisch bewiesen',
        'klinisch erwiesen', 'klinisch geprüft', 'schmerzlindernd', 'Schmerzlinderung', 'lindert Schmerzen', 'entzündungshemmend',
        'hilft beim Abnehmen', 'schnell abnehmen', 'Abnehmprodukt', 'Schlankheitsmittel', 'Fettverbrennung', 'fettverbrennend', 'Gewichtsverlust', 'medizinische Qualität', 'keine Nebenwirkungen',
        'ärztlich empfohlen', 'von Ärzten empfohlen', 'antiviral', 'tötet Viren', 'tötet 99,9 %',
      ],
      inflections: ADJ,
      message: 'Gesundheitsbezogene Angabe ohne Nachweis',
    },
    {
      id: 'de.environmental_claim.climate',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['de'],
      patterns: ['klimaneutral', 'klimaneutrale', 'klimaneutraler', 'CO2-neutral', 'CO2-neutrale', 'kohlenstoffneutral', 'treibhausgasneutral', 'klimapositiv', 'Netto-Null', 'CO2-frei'],
      message: 'Klimaneutralitätsaussage (Richtlinie (EU) 2024/825)',
    },
    {
      id: 'de.environmental_claim.generic',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['de'],
      patterns: [
        'umweltfreundlich', 'umweltfreundliche', 'umweltfreundlicher', 'umweltfreundliches', 'umweltschonend', 'umweltschonende',
        'nachhaltig', 'nachhaltige', 'nachhaltiger', 'nachhaltiges', 'ökologisch', 'ökologische', 'biologisch abbaubar',
        'kompostierbar', 'klimafreundlich', 'klimafreundliche', 'ressourcenschonend', 'plastikfrei', 'CO2-arm', 'gut für die Umwelt',
        'schont die Umwelt', 'grünes Produkt', 'umweltverträglich', 'öko-freundlich',
      ],
      inflections: ADJ,
      exceptions: [{ followedBy: ['wirkung', 'wirksam'] }],
      message: 'Allgemeine Umweltaussage ohne Nachweis',
    },
    {
      id: 'de.sensitive.prohibited',
      family: 'sensitive',
      severity: 'hard',
      locales: ['de'],
      patterns: [
        'echtes Elfenbein', 'aus Elfenbein', 'Elfenbeinschnitzerei', 'Elfenbein-Schnitzerei', 'Nashornhorn', 'Nashorn-Horn', 'Horn vom Nashorn',
        'Tigerknochen', 'Hakenkreuz', 'Hakenkreuze', 'Schusswaffe', 'Schusswaffen', 'scharfe Munition', 'Munition', 'Schlagring',
        'Butterflymesser', 'Springmesser', 'Faustmesser', 'Kokain', 'Heroin', 'Sprengstoff', 'Nazi', 'NS-Devotionalien', 'SS-Runen',
        'Reichskriegsflagge', 'gefälschter Ausweis', 'Falschgeld', 'Pistole', 'Revolver', 'Schalldämpfer für',
      ],
      exceptions: [{ precededBy: ['wasser', 'spielzeug', 'heissluft', 'heissklebe', 'klebe', 'spruh', 'farbspruh', 'massage', 'schaum', 'lackier'], followedBy: ['griff', 'farbe', 'farben', 'farbig'] }],
      message: 'Verbotene oder beschränkte Ware',
    },
    {
      id: 'de.sensitive.restricted',
      family: 'sensitive',
      severity: 'soft',
      locales: ['de'],
      patterns: ['Spionagekamera', 'versteckte Kamera', 'Lochkamera', 'E-Zigarette', 'E-Zigaretten', 'Nikotin', 'Tabak', 'Cannabis', 'Pfefferspray', 'Erotikspielzeug', 'Sexspielzeug', 'Glücksspiel', 'Armbrust', 'Luftgewehr', 'Softair', 'verschreibungspflichtig'],
      message: 'Beschränkte Warengruppe',
    },
    {
      id: 'de.counterfeit.copy',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['de'],
      patterns: [
        'Nachbildung', 'Fälschung', 'Fälschungen', 'gefälscht', 'Imitat', 'Replik', 'Markenkopie', 'Markenkopien', 'Plagiat', 'Raubkopie',
        'originalgetreue Kopie', 'Kopie des Originals', 'hochwertige Kopie', 'perfekte Kopie', 'exakte Kopie', 'täuschend echte Kopie',
        'identische Kopie', '1 zu 1 Kopie',
      ],
      inflections: ADJ,
      exceptions: [
        { precededBy: ['massstabsgetreue', 'massstabsgetreu', 'museums', 'fossil', 'leder', 'pelz', 'holz', 'kein', 'keine', 'keinen', 'schutz vor'], followedBy: ['eines dinosaur*', 'eines fossil*', 'leder', 'pelz'] },
      ],
      message: 'Fälschungssignal',
    },
  ] satisfies RulePack['rules']
  ).map((r) => ({ ...r, patterns: withUmlautVariants(r.patterns) })),
};

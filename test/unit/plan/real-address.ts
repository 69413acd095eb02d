// The real address (test/fixtures/import/zhebin-ilc-2019.txt) as the content parser should
// deliver it: four sections, footnote markers lifted into refs, "Ibid." resolved.
import type { Address } from '../../../src/core/address.js';
import { address, footnotes, meta, para, section } from './fixtures.js';

export const REAL_SECTIONS: [title: string, paragraphs: string[]][] = [
  [
    'Introduction',
    [
      'Russia’s firm conviction is that there is no alternative to inter-Korean dialogue and cooperation as a road leading to a reunited Korea. New prospects for achieving re-unification were opened thanks to the new round of inter-Korean summits in 2018.',
      'Three inter-Korean summits in 2018 demonstrated that the pan-Korean national interests have, more than at any other time before, become a major factor, which should be taken into account by all parties concerned when formulating and realizing their respective policies toward the Korean peninsula. It seems that the decisions to hold both summits were prompted by the realization, both in Seoul and in Pyongyang, of the fact that in the 21st century possibilities available for achieving any tangible progress in inter-Korean relations by utilizing or, let’s put it in a more explicit way – by relying on external forces: the U.S.A., China, Japan and Russia – had been exhausted.',
      'In these circumstances the Koreans in the South and in the North tried to find their own way for Korean settlement using the growing understanding that a vital national interest of the Koreans in both parts of the country is to prevent a new war and open an era of inter-Korean reconciliation and cooperation.',
      'Summing up, the inter-Korean summits were aimed at reducing the role of “external factors” in Korean affairs and to make the “big countries” to a greater degree take into consideration the interests of the Koreans as a united nation. Hence it is necessary for all parties concerned to foresee how each one’s Korean policy looks like from the point of view of pan-Korean interests.',
    ],
  ],
  [
    'Korea’s Re-unification: A View from Russia',
    [
      'Russia always welcomed all moves by the two Korean states aimed at relaxation of tension and promotion of inter-Korean cooperation because of two major considerations: Moscow hopes that the inter-Korean reconciliation, firstly, will remove a threat of military conflict right next to her Eastern border, and secondly, promote a more favorable environment for both development of Russia’s bilateral economic ties with the two Korean states as well as for implementation of multilateral economic projects with Russia’s participation in Northeast Asia.',
      'Russia’s firm conviction is that there is no alternative to inter-Korean dialogue and cooperation. Moscow never failed to confirm that “Russia supports the policy of developing dialogue between the two Korean states and bringing them closer together” and that “Russia has always aspired to, and today expresses its unequivocal support for, a dialogue and rapprochement of the Korean states and maintaining a denuclearized Korean peninsula.”[i]',
      'Russian President Vladimir Putin reconfirmed this approach at the summit meeting with Chairman of the State Affairs Commission of the DPRK Kim Jong-un, held on April 25, 2019 in Vladivostok. “We welcome DPRK’s steps to establish direct dialogue with the United States and normalize relations between North and South Korea. We proceed from the premise that there is no alternative to a peaceful resolution of the nuclear and other problems in the region,” the Russian leader said.[ii]',
      'Better relations between South and North Korea completely suit Russia’s national interests because tension arising from time to time between Pyongyang and Seoul blocks realization of multilateral economic projects, like oil and gas pipelines, linking the Russian Trans-Siberian Mainline with the Trans-Korean railways. Russia believes that cooperation in a tripartite format, between Russia, the Republic of Korea and the Democratic People’s Republic of Korea, in the energy and transportation sectors can be a very important part of expanding bilateral cooperation between Moscow and Seoul.[iii] This has consistently been Russia’s position since President Putin’s first presidential term.',
      'Improvement of relations between the DPRK and the ROK, along with providing more favorable conditions for development of trade and economic cooperation between Russia and both parts of Korea, undoubtedly would open new opportunities for economic development of the Russian Far East and for linking its economy to integration processes in the Asia-Pacific region.',
      'Besides being economically advantageous, such interaction is highly likely to contribute to the confidence-building between South and North Korea. Russia believes that trilateral cooperation “will not only be economically advantageous, but will also increase trust on the Korean peninsula.”[iv]',
      'President Putin reconfirmed this stance in his interview with KBS given before his official visit to the ROK in November 2013: “We definitely support the aspiration of Koreans for national unification. It’s a natural process. However… it should be exclusively peaceful and take into account the interests of the North, as well as of the South,” he said.[v] “If the partners’ interests are respected… this process can be very fruitful, constructive and bring great and positive results for the international politics, ensuring security in the region, as well as for the economics of the rapidly developing region,” he elaborated. “However, I’d like to repeat that we’ll support an exclusively peaceful process, we’ll support exclusively those means, which… would lead to a positive outcome instead of conflicts, tragedies and destruction,” President Putin emphasized.[vi]',
    ],
  ],
  [
    'The Nuclear Problem and Russia: Not All Options on the Table',
    [
      'Russia believes that dialogue with North Korea must be resumed, attempts to intimidate the country must be stopped and a way to settle the nuclear problem of the Korean peninsula peacefully must be found.',
      'Russia’s conviction is that “sanctions of any kind are useless and ineffective in this case” since, according to President Putin, the North Koreans “will eat grass, but they will not abandon this program unless they feel safe.”[vii] “In this environment, in this situation, whipping up military hysteria is absolutely pointless; it is a dead end,” the Russian President warned, adding that it “may lead to a global, planet-wide disaster and enormous casualties.”[viii]',
      'Moscow strongly believes that diplomacy is the only way to solve the North Korean nuclear problem. The DPRK’s public statements and secret contacts with the U.S. representatives confirmed that Pyongyang’s priority remains the finding of a certain compromise with the U.S.A. as the only way to remove or lessen an external threat, lift sanctions, albeit partially, and to get access to foreign investments and markets.',
      'President Putin during his recent summit with Chairman Kim Jong-un in Vladivostok expressed support for a gradual process of trading nuclear disarmament for sanction relief and said that the DPRK needs security guarantees, possibly not only from the USA, but other nations, too, before abandoning her nuclear arsenal.[ix]',
      'Speaking to the journalists after the summit, the Russian President said that “our interests coincide with those of the United States” on the issue of denuclearization.[x] “We advocate complete denuclearization: this is a fact. Actually, we completely oppose the global proliferation of weapons of mass destruction. And that is why a considerable share of steps within the framework of the United Nations is being coordinated,” he added.[xi]',
      'Vladimir Putin informed President Donald Trump of the key results of his April 25th meeting in Vladivostok with Chairman Kim Jong-un, stressing that “Pyongyang’s good-faith fulfilment of its commitments should be accompanied by reciprocal steps to ease the sanctions pressure on North Korea.”[xii] According to the Kremlin, “both parties noted the importance of consistent progress towards denuclearization and achieving long-term normalization on the Korean Peninsula.[xiii]',
    ],
  ],
  [
    'Conclusion',
    [
      'The on-going suspension of the negotiating process on the nuclear problem between the USA and the DPRK provides South and North Korea with a unique chance through their own combined efforts to seize leadership in removing the threat of another major conflict, promoting peace and common prosperity. Five inter-Korea summits held in the 21st century proved that an inter-Korean dialogue has all chances to become a major factor of security and stability on the Korean peninsula. The dialogue is vitally necessary to improve the current uneasy situation on the peninsula.',
      'The best option for the Koreans would be to resume working on implementation of the bilateral agreements and understandings reached between South and North Korea at the various talks and contacts held during several previous decades, including those agreed upon at the historical inter-Korean summits of 2018. It is high time for Koreans both in the North and in the South to take its nation’s destiny in their own hands.',
      'Russia hopes that the unified Korea will become her good neighbor and a major economic partner. Emergence of such an actor in the region is perceived as favorable for Russia since it would broaden her policy options in Northeast Asia.',
      'Russia’s Foreign Policy Concept, approved by President Putin, states that “Russia is interested in maintaining traditionally friendly relations with the Democratic People’s Republic of Korea and the Republic of Korea, and will seek to ease confrontation and de-escalate tension on the Korean Peninsula, as well as achieve reconciliation and facilitate intra-Korean cooperation by promoting political dialogue.”[xiv]',
    ],
  ],
];

export const REAL_NOTES: [label: string, text: string][] = [
  [
    'i',
    'Vladimir Putin met with the President of the Republic of Korea Roh Moo Hyun, Pusan, November 19, 2005. http:\\\\',
  ],
  [
    'ii',
    'Speeches at the official reception on behalf of the President of Russia, April 25, 2019, Russky Island, Vladivostok.',
  ],
  [
    'iii',
    'M. Titarenko, Russia and Her Asian Partners in Globalizing World. Strategic Interaction: Problems & Prospects (Moscow: Forum Publishing House, 2012), p. 471.',
  ],
  [
    'iv',
    'Russia-Korean Joint Declaration, Moscow, September 21, 2004. Vladimir Putin met with the President of the Republic of Korea, Roh Moo Hyun, Pusan, November 19, 2005. http:\\\\',
  ],
  [
    'v',
    'Official site of the President of Russia: Interview with Korean Broadcasting System, November 12, 2013, Novo-Ogaryovo, Moscow Region, November 12, 2013.',
  ],
  ['vi', 'Ibid.'],
  [
    'vii',
    'Vladimir Putin answered Russian journalists’ questions following his visit to China to take part in the BRICS Summit, Xiamen, September 5, 2017.',
  ],
  ['viii', 'Ibid.'],
  [
    'ix',
    'News conference following Russian-North Korean talks, Vladivostok, Russky Island, April 25, 2019.',
  ],
  ['x', 'Ibid.'],
  ['xi', 'Ibid.'],
  ['xii', 'Telephone conversation with US President Donald Trump, May 3, 2019.'],
  ['xiii', 'Ibid.'],
  [
    'xiv',
    'Foreign Policy Concept of the Russian Federation (approved by President of the Russian Federation Vladimir Putin on November 30, 2016).',
  ],
];

export function realAddress(): Address {
  return address({
    file: 'content/address.md',
    meta: meta({
      title: 'Address to International Leadership Conference 2019',
      speaker: 'A. Zhebin',
      event: 'International Leadership Conference 2019',
      venue: 'Seoul, Korea',
      date: 'May 15-17, 2019',
    }),
    sections: REAL_SECTIONS.map(([title, paragraphs], i) =>
      section(
        i,
        title,
        paragraphs.map((p) => para(p)),
      ),
    ),
    footnotes: footnotes(REAL_NOTES),
  });
}

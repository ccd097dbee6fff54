// Names for demo volunteers, from many of the communities a centre serves, with the languages
// someone with that name might well speak (English is added for most, as it would be).

export interface NameCulture {
  given: readonly string[];
  family: readonly string[];
  languages: readonly string[];
}

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    given: ['Olivia', 'James', 'Amelia', 'Harry', 'Grace', 'Thomas', 'Chloe', 'Daniel', 'Ruth'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Hughes'],
    languages: ['en'],
  },
  {
    given: ['María', 'José', 'Lucía', 'Carlos', 'Sofía', 'Andrés', 'Valentina', 'Javier'],
    family: ['García', 'Rodríguez', 'López', 'Martínez', 'Hernández', 'Pérez', 'Núñez'],
    languages: ['es'],
  },
  {
    given: ['Aisha', 'Omar', 'Fatima', 'Yusuf', 'Layla', 'Karim', 'Noor', 'Hassan'],
    family: ['Haddad', 'Al-Masri', 'Khalil', 'Nasser', 'Saleh', 'Abboud', 'Farouk'],
    languages: ['ar'],
  },
  {
    given: ['Chinedu', 'Ngozi', 'Emeka', 'Adaeze', 'Tunde', 'Folake', 'Kwame', 'Ama'],
    family: ['Okafor', 'Adeyemi', 'Eze', 'Mensah', 'Boateng', 'Okonkwo', 'Balogun'],
    languages: ['yo', 'ig', 'tw'],
  },
  {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Deepa', 'Sanjay', 'Kiran', 'Meera'],
    family: ['Patel', 'Sharma', 'Singh', 'Gupta', 'Iyer', 'Chatterjee', 'Reddy'],
    languages: ['hi', 'pa', 'gu'],
  },
  {
    given: ['Wei', 'Mei', 'Jun', 'Xiu', 'Hao', 'Lan', 'Yan', 'Bo'],
    family: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Huang', 'Zhou'],
    languages: ['zh'],
  },
  {
    given: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Zofia', 'Marek', 'Agnieszka'],
    family: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski'],
    languages: ['pl'],
  },
  {
    given: ['Amélie', 'Louis', 'Camille', 'Hugo', 'Léa', 'Mathis', 'Élodie'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'],
    languages: ['fr'],
  },
  {
    given: ['Nguyen', 'Linh', 'Minh', 'Thảo', 'Huy', 'Trang', 'Duc'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ', 'Đặng'],
    languages: ['vi'],
  },
  {
    given: ['Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'Burak'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
    languages: ['tr'],
  },
  {
    given: ['Siobhán', 'Cian', 'Aoife', 'Niamh', 'Oisín', 'Ciara'],
    family: ['O’Brien', 'Murphy', 'Ní Bhriain', 'Kelly', 'McCarthy', 'Byrne'],
    languages: ['ga'],
  },
  {
    given: ['Hana', 'Abdi', 'Ayaan', 'Faisal', 'Hodan', 'Mahad'],
    family: ['Mohamed', 'Warsame', 'Farah', 'Hassan', 'Abdullahi', 'Jama'],
    languages: ['so'],
  },
  {
    given: ['Tiago', 'Beatriz', 'João', 'Mariana', 'Rafael', 'Inês'],
    family: ['Silva', 'Santos', 'Ferreira', 'Oliveira', 'Costa', 'Gonçalves'],
    languages: ['pt'],
  },
  {
    given: ['Tala', 'Kai', 'Aroha', 'Wiremu', 'Mere', 'Tane'],
    family: ['Ngata', 'Parata', 'Tūhoe', 'Walker', 'Henare', 'Te Whata'],
    languages: ['mi'],
  },
];

export const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', ''] as const;

export const SKILLS = [
  'Active listening',
  'First aid',
  'Sign language (BSL)',
  'Interpreting',
  'Grief support',
  'Youth work',
  'Peer mentoring',
  'Conflict de-escalation',
  'Admin and rotas',
  'Driving (minibus)',
  'Cooking for groups',
  'Online meetings',
  'Lived experience of recovery',
  'Carer experience',
] as const;

export const RELATIONSHIPS = ['Partner', 'Mother', 'Father', 'Sister', 'Brother', 'Friend'];

export const NOTES = [
  '',
  '',
  '',
  'Prefers evening groups.',
  'Happy to cover at short notice.',
  'Brings a guide dog to sessions.',
  'Wants to shadow a lead before facilitating.',
];
